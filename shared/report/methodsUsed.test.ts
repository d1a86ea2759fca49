import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { methodLabel } from '../agenda/sessionMethods'
import { fixtureRows } from './__fixtures__/fixtureRows'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import { sampleTraining } from './__fixtures__/sampleTraining'
import { buildReport } from './buildReport'
import { DEFAULT_REPORT_SECTIONS } from './reportSections'
import { reportText } from '../i18n/report'
import { renderPdf } from './renderPdf'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}

/** The sample training plus an ice breaker, a method the trainer typed, and a bare "other". */
function withOwnMethods() {
  const snapshot = sampleTraining()
  const r = fixtureRows(snapshot.training.id)
  const extra = [
    r.session({ day: 2, order: 0.5, title: 'Pohon harapan', method: 'energizer', durationMin: 15 }),
    r.session({ day: 2, order: 20, title: 'Akuarium diskusi', method: 'other', methodText: 'Fishbowl', durationMin: 45 }),
    r.session({ day: 3, order: 20, title: 'Sesi cadangan', method: 'other', durationMin: 30 }),
  ]
  return { ...snapshot, sessions: [...snapshot.sessions, ...extra] }
}

describe.each(['id', 'en'] as const)('the list of methods in the %s report', { timeout: 30_000 }, (lang) => {
  it('names the methods actually used: ice breakers and typed methods in, no bare "Other", no pauses', async () => {
    const t = reportText[lang]
    const pdf = renderPdf(
      buildReport(withOwnMethods(), { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt: Date.UTC(2019, 7, 9) }),
      fonts,
    )
    mkdirSync('/tmp/pelatih-report', { recursive: true })
    writeFileSync(`/tmp/pelatih-report/methods-${lang}.pdf`, pdf.bytes)
    const all = squash((await readPdfText(pdf.bytes)).bodies.join('\n'))
    const start = all.indexOf(squash(t.methodsUsed))
    expect(start).toBeGreaterThan(-1)
    const list = all.slice(start, all.indexOf(squash(t.team), start))
    expect(list).toContain(squash(methodLabel('energizer', lang)))
    expect(list).toContain('Fishbowl')
    expect(list).toContain(squash(methodLabel('role-play', lang)))
    expect(list).not.toContain(squash(methodLabel('other', lang)))
    expect(list).not.toContain(squash(methodLabel('meal', lang)))
  })
})
