import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconFileImport, IconPackageExport } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportKind } from '../../../../shared/exchange/exportEnvelope'
import { DEFAULT_MAX_IMPORT_BYTES } from '../../../../shared/exchange/restore'
import { useData } from '../../data/hooks/useData'
import { exportFileName } from '../../data/exchange/exportData'
import { importExportFile, type ImportOutcome } from '../../data/exchange/importData'
import { useExportFile } from '../../data/hooks/useExportFile'
import { useTrainings } from '../../data/hooks/useTrainings'
import { exchangeErrorText } from './exchangeErrorText'

/** Export a training (or a capture pack, or everything) to a file, and import such a file. */
export function ExportImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation()
  const { data, bridge } = useData()
  const buildFile = useExportFile()
  const trainings = useTrainings() ?? []
  const [trainingId, setTrainingId] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  const [importing, setImporting] = useState(false)
  const selected = trainings.find((x) => x.id === trainingId) ?? null

  const exportAs = async (kind: ExportKind) => {
    const file = await buildFile(kind, kind === 'backup' ? undefined : selected ? [selected.id] : [])
    if (!file.ok) {
      notifications.show({ color: 'red', message: t('backup.photoUnreadable', { hash: file.missing }) })
      return
    }
    const name = exportFileName(kind, kind === 'backup' ? null : (selected?.title ?? null), new Date(), file.archive ? 'zip' : 'json')
    const saved = await bridge.saveBytes({
      suggestedName: name,
      bytes: file.bytes,
      filterName: 'Pelatih',
      extensions: [file.archive ? 'zip' : 'json'],
    })
    if (saved.ok && saved.value.saved)
      notifications.show({ color: 'teal', message: t('backup.exported', { name: saved.value.fileName ?? name }) })
    else if (!saved.ok) notifications.show({ color: 'red', message: saved.error.message })
  }

  const importFile = async () => {
    const picked = await bridge.openFile({ filterName: 'Pelatih', extensions: ['zip', 'json'], maxBytes: DEFAULT_MAX_IMPORT_BYTES })
    if (!picked.ok) {
      setOutcome({
        ok: false,
        error: { code: 'exchange.error.tooLarge', params: { sizeMb: '>', maxMb: Math.round(DEFAULT_MAX_IMPORT_BYTES / 1024 / 1024) } },
      })
      return
    }
    if (!picked.value) return
    setImporting(true)
    try {
      setOutcome(await importExportFile(data, bridge, picked.value.bytes))
    } finally {
      setImporting(false)
    }
    onImported()
  }

  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4">
        {t('backup.exportImport')}
      </Title>
      <Text c="dimmed" size="sm" mb="md" maw={760}>
        {t('backup.exportImportIntro')}
      </Text>
      <Stack>
        <Group align="flex-end">
          <Select
            label={t('backup.training')}
            placeholder={t('backup.chooseTraining')}
            data={trainings.map((x) => ({ value: x.id, label: x.title }))}
            value={trainingId}
            onChange={setTrainingId}
            w={340}
            data-testid="export-training"
            searchable
          />
          <Button variant="light" leftSection={<IconDownload size={16} />} disabled={!selected} onClick={() => void exportAs('training')}>
            {t('backup.exportTraining')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconPackageExport size={16} />}
            disabled={!selected}
            onClick={() => void exportAs('capture-pack')}
          >
            {t('backup.exportPack')}
          </Button>
        </Group>
        <Group>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportAs('backup')}>
            {t('backup.exportAll')}
          </Button>
          <Button
            leftSection={<IconFileImport size={16} />}
            onClick={() => void importFile()}
            loading={importing}
            data-testid="import-file"
          >
            {t('backup.importFile')}
          </Button>
        </Group>
        {outcome && (
          <Alert
            color={outcome.ok ? (outcome.conflicts > 0 || outcome.warnings.length > 0 ? 'orange' : 'teal') : 'red'}
            withCloseButton
            onClose={() => setOutcome(null)}
            data-testid="import-outcome"
          >
            {outcome.ok ? (
              <>
                <Text size="sm">
                  {t('backup.imported', {
                    kind: t(`backup.kinds.${outcome.kind}`),
                    added: outcome.added,
                    updated: outcome.updated,
                    deleted: outcome.deleted,
                    unchanged: outcome.unchanged,
                  })}
                </Text>
                {outcome.conflicts > 0 && <Text size="sm">{t('backup.importedConflicts', { count: outcome.conflicts })}</Text>}
                {outcome.warnings.map((warning) => (
                  <Text size="sm" key={`${warning.code}:${String(warning.params['table'] ?? '')}`} data-testid="import-warning">
                    {exchangeErrorText(t, warning)}
                  </Text>
                ))}
              </>
            ) : (
              <Text size="sm">{exchangeErrorText(t, outcome.error)}</Text>
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
