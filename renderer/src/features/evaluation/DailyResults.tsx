import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DayResult } from '../../../../shared/capture/evaluationAverages'
import type { Training } from '../../../../shared/model/training'
import { useQuestionLabel } from './useQuestionLabel'
import { RATING_MAX } from '../../../../shared/model/evaluation'

const DAY_COLORS = ['blue', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'indigo', 'red', 'yellow']

/** Averages per question and day as a table and a bar chart (plain divs, one bar per day). */
export function DailyResults({ training, results }: { training: Training; results: DayResult[] }) {
  const { t, i18n } = useTranslation()
  const label = useQuestionLabel()
  const number = new Intl.NumberFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  const ids = [...new Set(results.flatMap((d) => d.questions.map((q) => q.questionId)))]
  const questionOf = (id: string) => training.evaluationQuestions.find((q) => q.id === id) ?? id
  const avg = (day: DayResult, id: string) => day.questions.find((q) => q.questionId === id)?.average ?? null
  const color = (i: number) => `var(--mantine-color-${DAY_COLORS[i % DAY_COLORS.length] ?? 'blue'}-6)`

  if (results.length === 0) return <Text c="dimmed">{t('evaluation.results.none')}</Text>
  return (
    <Stack gap="md" data-testid="daily-results">
      <Title order={3} size="h5">
        {t('evaluation.results.title')}
      </Title>
      <Table withTableBorder withColumnBorders maw={820} data-testid="daily-results-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('evaluation.results.question')}</Table.Th>
            {results.map((d) => (
              <Table.Th key={d.day} ta="right">
                {t('training.dayN', { n: d.day })}
                <Text size="xs" c="dimmed" fw={400}>
                  {t('evaluation.results.forms', { count: d.forms })}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ids.map((id) => (
            <Table.Tr key={id}>
              <Table.Td>{label(questionOf(id))}</Table.Td>
              {results.map((d) => {
                const a = avg(d, id)
                return (
                  <Table.Td key={d.day} ta="right">
                    {a === null ? '–' : number.format(a)}
                  </Table.Td>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md" maw={820}>
        <Text fw={500} size="sm" mb="sm">
          {t('evaluation.results.chart')}
        </Text>
        <Group gap="md" mb="xs">
          {results.map((d, i) => (
            <Group key={d.day} gap={6}>
              <span className="eval-swatch" style={{ background: color(i) }} />
              <Text size="xs">{t('training.dayN', { n: d.day })}</Text>
            </Group>
          ))}
        </Group>
        <div className="eval-chart" data-testid="daily-chart">
          {ids.map((id) => (
            <div key={id} className="eval-chart-row">
              <Text size="sm" className="eval-chart-label">
                {label(questionOf(id))}
              </Text>
              <div className="eval-chart-bars">
                {results.map((d, i) => {
                  const a = avg(d, id)
                  return (
                    <div key={d.day} className="eval-chart-track">
                      <div
                        className="eval-chart-bar"
                        style={{ width: `${a === null ? 0 : (a / RATING_MAX) * 100}%`, background: color(i) }}
                      />
                      <Text size="xs" className="eval-chart-value">
                        {a === null ? '–' : number.format(a)}
                      </Text>
                    </div>
                  )
                })}
              </div>
            </div>
          ))}
        </div>
      </Paper>
      {results.some((d) => d.wentWell.length + d.toImprove.length > 0) && (
        <div className="field-pair">
          {(['wentWell', 'toImprove'] as const).map((k) => (
            <Paper key={k} withBorder p="sm">
              <Text fw={500} size="sm" mb={4}>
                {t(`evaluation.results.${k}`)}
              </Text>
              <CommentList lines={results.flatMap((d) => d[k].map((text) => `${t('training.dayN', { n: d.day })}: ${text}`))} />
            </Paper>
          ))}
        </div>
      )}
    </Stack>
  )
}

/** Comments listed before the rest waits behind a button: a large training has thousands. */
const COMMENTS_SHOWN = 100

function CommentList({ lines }: { lines: string[] }) {
  const { t } = useTranslation()
  const [all, setAll] = useState(false)
  const shown = all ? lines : lines.slice(0, COMMENTS_SHOWN)
  return (
    <>
      {shown.map((line, i) => (
        <Text key={i} size="sm">
          {line}
        </Text>
      ))}
      {shown.length < lines.length && (
        <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setAll(true)} data-testid="comments-show-all">
          {t('evaluation.results.showAllComments', { count: lines.length })}
        </Button>
      )}
    </>
  )
}
