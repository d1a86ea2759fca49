import { Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { memo, useRef, useState, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { prePostFigures } from '../../../../shared/capture/prePostFigures'
import { prePostGain, type PrePostPair } from '../../../../shared/capture/prePostGain'
import type { Evaluation } from '../../../../shared/model/evaluation'
import type { Participant } from '../../../../shared/model/participant'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { setTestScore } from '../../data/repositories/evaluationRepository'
import { SCORE_MAX } from '../../../../shared/model/evaluation'
import { useVirtualRows } from '../../ui/useVirtualRows'
import { VirtualRowsBody } from '../../ui/VirtualRowsBody'

function ScoreInput({
  value,
  label,
  onSave,
  testId,
}: {
  value: number | null
  label: string
  onSave: (score: number | null) => void
  testId: string
}) {
  const { t } = useTranslation()
  const [typed, setTyped] = useState<number | string | null>(null)
  const shown = typed ?? value ?? ''
  const invalid = typeof shown === 'number' && (shown < 0 || shown > SCORE_MAX)
  return (
    <NumberInput
      size="xs"
      w={90}
      hideControls
      min={0}
      max={SCORE_MAX}
      clampBehavior="none"
      decimalScale={1}
      aria-label={label}
      value={shown}
      error={invalid ? t('evaluation.prePost.scoreError') : undefined}
      onChange={(v) => {
        setTyped(v)
        if (v === '') onSave(null)
        else if (typeof v === 'number' && v >= 0 && v <= SCORE_MAX) onSave(v)
      }}
      onBlur={() => {
        if (!invalid) setTyped(null)
      }}
      data-testid={testId}
    />
  )
}

interface ScoreRowProps {
  participant: Participant
  pair: PrePostPair | undefined
  index: number
  trainingId: string
  gain: string
  measureRef?: Ref<HTMLTableRowElement>
}

/** One participant's scores; memoised, so a score typed in one row re-renders that row only. */
const ScoreRow = memo(
  function ScoreRow({ participant: p, pair, index, trainingId, gain, measureRef }: ScoreRowProps) {
    const { t } = useTranslation()
    const { data } = useData()
    return (
      <Table.Tr ref={measureRef} data-testid="pre-post-row" data-index={index} aria-rowindex={index + 2}>
        <Table.Td>{p.name}</Table.Td>
        <Table.Td>
          <ScoreInput
            value={pair?.pre ?? null}
            label={`${t('evaluation.prePost.pre')} · ${p.name}`}
            testId="score-pre"
            onSave={(s) => void setTestScore(data, trainingId, p.id, 'pre', s)}
          />
        </Table.Td>
        <Table.Td>
          <ScoreInput
            value={pair?.post ?? null}
            label={`${t('evaluation.prePost.post')} · ${p.name}`}
            testId="score-post"
            onSave={(s) => void setTestScore(data, trainingId, p.id, 'post', s)}
          />
        </Table.Td>
        <Table.Td
          ta="right"
          c={pair?.gain === null || pair?.gain === undefined ? undefined : pair.gain > 0 ? 'teal.7' : pair.gain < 0 ? 'red.7' : undefined}
        >
          {gain}
        </Table.Td>
      </Table.Tr>
    )
  },
  (a, b) =>
    a.participant === b.participant &&
    a.index === b.index &&
    a.trainingId === b.trainingId &&
    a.gain === b.gain &&
    a.measureRef === b.measureRef &&
    a.pair?.pre === b.pair?.pre &&
    a.pair?.post === b.pair?.post,
)

/** Up to this many participants every row is laid out; above, only those in view. */
const PLAIN_UP_TO = 40
const ROW_ESTIMATE_PX = 39

/** Pre-test and post-test scores per participant, with averages, the average gain and the share who improved. */
export function PrePostTable({
  training,
  participants,
  evaluations,
}: {
  training: Training
  participants: Participant[]
  evaluations: Evaluation[]
}) {
  const { t, i18n } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = useVirtualRows(participants, scrollRef, { estimateSize: ROW_ESTIMATE_PX, plainUpTo: PLAIN_UP_TO })
  // The same figures, written the same way, as the report's pre/post table.
  const result = prePostGain(evaluations, participants)
  const n = prePostFigures(i18n.language === 'id' ? 'id' : 'en')
  const pairs = new Map(result.pairs.map((p) => [p.participantId, p]))
  const row = (p: Participant, index: number) => {
    const pair = pairs.get(p.id)
    return (
      <ScoreRow
        participant={p}
        pair={pair}
        index={index}
        trainingId={training.id}
        gain={n.gain(pair?.gain ?? null)}
        measureRef={rows.measureElement}
      />
    )
  }
  const stats: [string, string, string][] = [
    [t('evaluation.prePost.averagePre'), n.average(result.averagePre), 'pre'],
    [t('evaluation.prePost.averagePost'), n.average(result.averagePost), 'post'],
    [t('evaluation.prePost.averageGain'), n.averageGain(result.averageGain), 'gain'],
    [
      t('evaluation.prePost.improved'),
      t('evaluation.prePost.improvedShare', { improved: result.improved, paired: result.paired, share: n.share(result.improvedShare) }),
      'improved',
    ],
  ]

  return (
    <Stack gap="md" data-testid="pre-post">
      <Title order={2} size="h4">
        {t('evaluation.prePost.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('evaluation.prePost.hint')}
      </Text>
      <Group gap="md" align="stretch">
        {stats.map(([title, value, key]) => (
          <Paper key={key} withBorder p="sm" miw={170}>
            <Text size="xs" c="dimmed">
              {title}
            </Text>
            <Text fw={700} size="xl" data-testid={`prepost-${key}`}>
              {value}
            </Text>
          </Paper>
        ))}
      </Group>
      {result.averagePre !== null && result.averagePost !== null && (
        <div className="eval-chart" aria-hidden>
          {(
            [
              ['pre', result.averagePre],
              ['post', result.averagePost],
            ] as const
          ).map(([k, v]) => (
            <div key={k} className="eval-chart-row">
              <Text size="sm" className="eval-chart-label">
                {t(`evaluation.prePost.${k}`)}
              </Text>
              <div className="eval-chart-track">
                <div
                  className="eval-chart-bar"
                  style={{ width: `${v}%`, background: k === 'pre' ? 'var(--mantine-color-gray-5)' : 'var(--mantine-color-blue-6)' }}
                />
                <Text size="xs" className="eval-chart-value">
                  {n.average(v)}
                </Text>
              </div>
            </div>
          ))}
        </div>
      )}
      {participants.length === 0 ? (
        <Text c="dimmed">{t('evaluation.prePost.noParticipants')}</Text>
      ) : (
        <div ref={scrollRef} className={rows.virtual ? 'eval-prepost-scroll' : undefined}>
          <Table withTableBorder striped maw={640} verticalSpacing={4} data-testid="pre-post-table" aria-rowcount={participants.length + 1}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evaluation.prePost.participant')}</Table.Th>
                <Table.Th>{t('evaluation.prePost.pre')}</Table.Th>
                <Table.Th>{t('evaluation.prePost.post')}</Table.Th>
                <Table.Th ta="right">{t('evaluation.prePost.gain')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody onFocus={rows.onFocus}>
              <VirtualRowsBody rows={rows} row={row} />
            </Table.Tbody>
            {result.pairs.length > 0 && (
              <Table.Tfoot>
                <Table.Tr data-testid="pre-post-average">
                  <Table.Th>{t('evaluation.results.average')}</Table.Th>
                  <Table.Th>{n.average(result.averagePre)}</Table.Th>
                  <Table.Th>{n.average(result.averagePost)}</Table.Th>
                  <Table.Th ta="right">{n.averageGain(result.averageGain)}</Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
        </div>
      )}
      {result.pairs.length > 0 && (
        <Text size="sm" c="dimmed" maw={640} data-testid="pre-post-note">
          {t('evaluation.prePost.note', { pre: result.preCount, post: result.postCount, paired: result.paired })}
        </Text>
      )}
    </Stack>
  )
}
