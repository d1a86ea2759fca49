import { NumberInput, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Evaluation } from '../../../../shared/model/evaluation'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { evaluationIds, saveDailyTallies } from '../../data/repositories/evaluationRepository'
import { AutosaveText } from '../../ui/AutosaveText'
import { useQuestionLabel } from './useQuestionLabel'
import { RATING_MAX } from '../../../../shared/model/evaluation'

const RATINGS = Array.from({ length: RATING_MAX }, (_, i) => i + 1)
/** A cell counts paper forms of one group: three digits is more than any training room holds. */
const TALLY_MAX = 999

/** Counts from the day's paper forms: per question, how many forms gave each rating. */
export function TallyEntry({ training, day, evaluations }: { training: Training; day: number; evaluations: Evaluation[] }) {
  const { t, i18n } = useTranslation()
  const { data } = useData()
  const label = useQuestionLabel()
  const row = evaluations.find((e) => e.id === evaluationIds.tally(training.id, day))
  const number = new Intl.NumberFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 })
  // What was typed here wins over the stored row until the tab is left: several cells of one question change fast.
  const [typed, setTyped] = useState<Record<string, number[]>>({})
  const countsOf = (questionId: string) => typed[questionId] ?? row?.tallies[questionId] ?? [0, 0, 0, 0, 0]
  const setCount = (questionId: string, index: number, value: number | string) => {
    const current = countsOf(questionId)
    const next = current.map((n, i) => (i === index ? (typeof value === 'number' && value >= 0 ? Math.floor(value) : 0) : n))
    setTyped((all) => ({ ...all, [questionId]: next }))
    void saveDailyTallies(data, training.id, day, { tallies: { [questionId]: next.every((n) => n === 0) ? null : next } })
  }

  return (
    <Stack gap="sm" data-testid="tally-form">
      <Text size="sm" c="dimmed">
        {t('evaluation.daily.tallyHint')}
      </Text>
      <Table withTableBorder withColumnBorders maw={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('evaluation.results.question')}</Table.Th>
            {RATINGS.map((r) => (
              <Table.Th key={r} ta="center">
                {r}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('evaluation.daily.total')}</Table.Th>
            <Table.Th ta="right">{t('evaluation.results.average')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {training.evaluationQuestions.map((q) => {
            const counts = countsOf(q.id)
            const total = counts.reduce((a, b) => a + b, 0)
            const avg = total === 0 ? null : counts.reduce((s, n, i) => s + n * (i + 1), 0) / total
            return (
              <Table.Tr key={q.id}>
                <Table.Td>{label(q)}</Table.Td>
                {RATINGS.map((r, i) => (
                  <Table.Td key={r} w={86}>
                    <NumberInput
                      size="xs"
                      min={0}
                      max={TALLY_MAX}
                      allowDecimal={false}
                      allowNegative={false}
                      hideControls
                      aria-label={t('evaluation.daily.tallyCell', { question: label(q), rating: r })}
                      value={counts[i] || ''}
                      onChange={(v) => setCount(q.id, i, v)}
                      data-testid={`tally-${q.id}-${r}`}
                    />
                  </Table.Td>
                ))}
                <Table.Td ta="right">{total}</Table.Td>
                <Table.Td ta="right">{avg === null ? '–' : number.format(avg)}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <div className="field-pair">
        <AutosaveText
          label={t('evaluation.daily.wentWell')}
          value={row?.wentWell ?? ''}
          onSave={(wentWell) => saveDailyTallies(data, training.id, day, { wentWell })}
          draft={row && { table: 'evaluations', id: row.id, field: 'wentWell' }}
          multiline
        />
        <AutosaveText
          label={t('evaluation.daily.toImprove')}
          value={row?.toImprove ?? ''}
          onSave={(toImprove) => saveDailyTallies(data, training.id, day, { toImprove })}
          draft={row && { table: 'evaluations', id: row.id, field: 'toImprove' }}
          multiline
        />
      </div>
    </Stack>
  )
}
