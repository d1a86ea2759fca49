import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { sampleTraining } from '../../../../shared/report/__fixtures__/sampleTraining'
import { buildReport } from '../../../../shared/report/buildReport'
import type { ParagraphBlock, TableBlock } from '../../../../shared/report/reportModel'
import { reportText } from '../../../../shared/i18n/report'
import { translator } from '../../../../shared/i18n/translator'
import { DataProvider } from '../../app/DataProvider'
import { createI18n } from '../../app/i18n'
import { createMemoryBridge } from '../../data/__fixtures__/memoryBridge'
import { createDb } from '../../data/db'
import { PrePostTable } from './PrePostTable'

describe.each(['id', 'en'] as const)('the pre/post table on screen in %s', (lang) => {
  it('shows the figures and the note the report prints, when someone sat only one test', async () => {
    // In the sample, one participant sat the pre-test only and one observer is listed.
    const snapshot = sampleTraining()
    const participants = snapshot.participants.filter((p) => !p.observer && p.deletedAt === null)
    const report = buildReport(snapshot, { lang, sections: ['evaluation'], generatedAt: Date.UTC(2019, 7, 9) })
    const t = reportText[lang]
    const fill = translator(lang, 'report')
    const table = report.blocks.find((b): b is TableBlock => b.kind === 'table' && b.caption?.includes(t.prePostCaption) === true)
    const [, , pre, post, gain] = table?.foot ?? []
    const note = report.blocks.find(
      (b): b is ParagraphBlock => b.kind === 'paragraph' && b.text === fill('prePostNote', { pre: 14, post: 13, paired: 13 }),
    )

    const i18n = await createI18n(lang)
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider>
          <DataProvider db={createDb(`prepost-${lang}-${Math.random()}`)} bridge={createMemoryBridge()} fallback={<p>loading</p>}>
            <PrePostTable training={snapshot.training} participants={participants} evaluations={[...snapshot.evaluations]} />
          </DataProvider>
        </MantineProvider>
      </I18nextProvider>,
    )
    expect(await screen.findByTestId('prepost-pre')).toHaveTextContent(pre ?? 'missing')
    expect(screen.getByTestId('prepost-post')).toHaveTextContent(post ?? 'missing')
    expect(screen.getByTestId('prepost-gain')).toHaveTextContent(gain ?? 'missing')
    expect([pre, post, gain]).toEqual(lang === 'id' ? ['53,0', '79,5', '+27,1'] : ['53.0', '79.5', '+27.1'])
    expect(screen.getByTestId('prepost-improved')).toHaveTextContent(lang === 'id' ? '12 dari 13 (92,3%)' : '12 of 13 (92.3%)')
    expect(screen.getByTestId('pre-post-average')).toHaveTextContent(`${t.average}${pre ?? ''}${post ?? ''}${gain ?? ''}`)
    expect(note).toBeDefined()
    expect(screen.getByTestId('pre-post-note').textContent).toBe(note?.text)
  })
})
