import { Alert, Button, Group, Loader, Modal, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy, IconHistory } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupInfo } from '../../../../shared/ipc/backupTypes'
import { useData } from '../../data/hooks/useData'
import { restoreBackup, type RestoreProgress } from '../../data/exchange/restoreBackup'
import { backupFailureText, exchangeErrorText } from './exchangeErrorText'
import { useBackupFailure } from './useBackupFailure'
import { useBackups } from './useBackups'

function sizeOf(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** The rolling backups: back up now, see what each holds, restore one (after backing up the present). */
export function BackupList({ version }: { version: number }) {
  const { t, i18n } = useTranslation()
  const { data, bridge, autoBackup } = useData()
  const { backups, error, reload } = useBackups(version)
  const [busy, setBusy] = useState(false)
  const [restoring, setRestoring] = useState<RestoreProgress | null>(null)
  const failure = useBackupFailure()
  const when = (ms: number) =>
    new Date(ms).toLocaleString(i18n.language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })

  const backupNow = async () => {
    setBusy(true)
    const outcome = await autoBackup.backupNow('manual')
    setBusy(false)
    if (outcome.ok) notifications.show({ color: 'teal', message: t('backup.backedUp') })
    reload()
  }

  const confirmRestore = (backup: BackupInfo) =>
    modals.openConfirmModal({
      title: t('backup.restoreTitle'),
      children: <Text size="sm">{t('backup.restoreText', { when: when(backup.createdAt) })}</Text>,
      labels: { confirm: t('backup.restore'), cancel: t('app.cancel') },
      onConfirm: () => {
        setRestoring({ phase: 'reading' })
        void restoreBackup(data, bridge, backup.name, setRestoring).then((outcome) => {
          setRestoring(null)
          notifications.show(
            outcome.ok
              ? {
                  color: outcome.warnings.length > 0 ? 'orange' : 'teal',
                  message: [
                    t('backup.restored', { trainings: outcome.trainings.join(', ') || '—' }),
                    ...outcome.warnings.map((w) => exchangeErrorText(t, w)),
                  ].join(' '),
                  autoClose: outcome.warnings.length === 0,
                }
              : { color: 'red', message: exchangeErrorText(t, outcome.error), autoClose: false },
          )
          reload()
        })
      },
    })

  return (
    <Paper withBorder p="lg">
      {restoring && <RestoreProgressModal progress={restoring} />}
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {t('backup.backups')}
        </Title>
        <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void backupNow()} loading={busy}>
          {t('backup.backupNow')}
        </Button>
      </Group>
      {failure && (
        <Alert color="red" mb="md" data-testid="backup-failure">
          {t('backup.lastBackupFailed', { when: when(failure.at), message: backupFailureText(t, failure) })}
        </Alert>
      )}
      {error && <Alert color="red">{t('backup.listFailed', { message: error })}</Alert>}
      {backups?.length === 0 && <Text c="dimmed">{t('backup.noBackups')}</Text>}
      {backups && backups.length > 0 && (
        <Table striped highlightOnHover data-testid="backup-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.when')}</Table.Th>
              <Table.Th>{t('backup.reason')}</Table.Th>
              <Table.Th>{t('backup.contents')}</Table.Th>
              <Table.Th>{t('backup.size')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((b) => (
              <Table.Tr key={b.name} data-testid="backup-row">
                <Table.Td>{when(b.createdAt)}</Table.Td>
                <Table.Td>{t(`backup.reasons.${b.reason}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{b.trainings.join(', ') || '—'}</Text>
                  <Text size="xs" c="dimmed">
                    {t('backup.trainingsCount', { count: b.trainings.length })} ·{' '}
                    {t('backup.participantsCount', { count: b.counts.participants ?? 0 })}
                  </Text>
                </Table.Td>
                <Table.Td>{sizeOf(b.bytes)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" leftSection={<IconHistory size={14} />} onClick={() => confirmRestore(b)}>
                    {t('backup.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}

/** What a restore is doing, over the whole window so nothing is edited meanwhile; it closes itself. */
function RestoreProgressModal({ progress }: { progress: RestoreProgress }) {
  const { t } = useTranslation()
  const label =
    progress.phase === 'reading'
      ? t('backup.restoreReading')
      : t('backup.restoreWriting', { written: progress.written, total: progress.total })
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('backup.restoring')}
      centered
      data-testid="restore-progress"
    >
      <Stack gap="sm">
        {progress.phase === 'reading' ? (
          <Loader size="sm" aria-label={label} />
        ) : (
          <Progress value={progress.total === 0 ? 100 : (progress.written / progress.total) * 100} aria-label={label} />
        )}
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Modal>
  )
}
