import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useConflicts } from '../../data/hooks/useConflicts'
import { useData } from '../../data/hooks/useData'
import type { ListedConflict } from '../../data/exchange/importData'
import { settleConflict } from '../../data/exchange/settleConflict'

const HIDDEN = new Set(['id', 'trainingId', 'createdAt', 'updatedAt', 'deletedAt', 'rev', 'revisions', 'deviceId'])

function differences(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return Object.keys({ ...a, ...b }).filter((k) => !HIDDEN.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
}

function Version({ row, fields, label }: { row: Record<string, unknown>; fields: string[]; label: string }) {
  const { t } = useTranslation()
  return (
    <Stack gap={4} flex={1}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      {row.deletedAt !== null && (
        <Badge color="red" variant="light">
          {t('backup.deletedVersion')}
        </Badge>
      )}
      {fields.map((field) => (
        <Text key={field} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          <b>{field}:</b> {typeof row[field] === 'string' ? row[field] : JSON.stringify(row[field])}
        </Text>
      ))}
    </Stack>
  )
}

/** Rows edited on two laptops: both versions side by side, the trainer keeps one. */
export function ConflictList() {
  const { t } = useTranslation()
  const { data } = useData()
  const conflicts = useConflicts()
  if (conflicts.length === 0) return null
  return (
    <Paper withBorder p="lg" data-testid="conflict-list">
      <Title order={2} size="h4">
        {t('backup.conflicts')}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t('backup.conflictsIntro')}
      </Text>
      <Stack>
        {conflicts.map(({ record, current }: ListedConflict) => {
          const loser = record.loser
          // The row shown now: the winner, or what became of it since (gone: the loser alone).
          const winner = current ?? loser
          const fields = differences(winner, loser)
          const key = record.id
          return (
            <Paper key={key} withBorder p="md" bg="gray.0">
              <Group gap="xs" mb="xs">
                <Badge variant="light">{(t as unknown as (k: string) => string)(`exchange:table.${record.table}`)}</Badge>
                <Text size="sm" c="dimmed">
                  {t(`backup.conflictReason.${record.reason}`)}
                </Text>
              </Group>
              <Group align="flex-start" wrap="nowrap">
                <Stack flex={1}>
                  <Version row={winner} fields={fields} label={t('backup.shownNow')} />
                  <Button size="xs" variant="light" onClick={() => void settleConflict(data, key, 'winner')}>
                    {t('backup.keepThis')}
                  </Button>
                </Stack>
                <Stack flex={1}>
                  <Version row={loser} fields={fields} label={t('backup.otherVersion')} />
                  <Button size="xs" variant="light" onClick={() => void settleConflict(data, key, 'loser')}>
                    {t('backup.keepThis')}
                  </Button>
                </Stack>
              </Group>
            </Paper>
          )
        })}
      </Stack>
    </Paper>
  )
}
