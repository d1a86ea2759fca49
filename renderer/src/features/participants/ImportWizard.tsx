import { Alert, Button, Center, Group, Loader, Modal, Progress, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileAlert } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Participant } from '../../../../shared/model/participant'
import type { ImportResult } from '../../../../shared/participants/buildImport'
import { guessColumnMapping, type ColumnMapping } from '../../../../shared/participants/guessColumnMapping'
import { issue } from '../../../../shared/participants/importTable'
import { FILE_PROBLEM_REASONS, type ImportFileReading } from '../../../../shared/participants/readParticipantsFile'
import { useData } from '../../data/hooks/useData'
import { importParticipants } from '../../data/repositories/participantRepository'
import { ImportIssues } from './ImportIssues'
import { ImportMapping } from './ImportMapping'
import { ImportPreview } from './ImportPreview'
import { startImportSession, type ImportSession } from './importInWorker'
import { useImportMessage } from './useImportMessage'

/**
 * The import of a picked CSV or .xlsx file: column mapping (guessed, correctable), a preview,
 * the rows with problems and the duplicates that will be left out, then one button that writes
 * every new participant in one commit. Nothing is written before that button.
 */
export function ImportWizard({
  file,
  trainingId,
  existing,
  onClose,
  onSaving,
}: {
  file: File
  trainingId: string
  existing: Participant[]
  onClose: () => void
  /** Told when the import starts and stops writing (the list behind holds still meanwhile). */
  onSaving?: (saving: boolean) => void
}) {
  const { t } = useTranslation()
  const { data } = useData()
  const message = useImportMessage()
  const [reading, setReading] = useState<ImportFileReading | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping>({})
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState(0)
  const session = useRef<ImportSession | null>(null)
  // The check of the rows, with the mapping it was made for: while a newer check runs, the older
  // figures stay on screen and the import waits.
  const [checked, setChecked] = useState<{ mapping: ColumnMapping; existing: Participant[]; result: ImportResult } | null>(null)

  useEffect(() => {
    let live = true
    // Reading and checking run in a worker, so a list of 50,000 rows never freezes the window.
    const started = startImportSession()
    session.current = started
    void started.read(file).then(
      (result) => {
        if (!live) return
        setReading(result)
        if (result.kind === 'table') setMapping(guessColumnMapping(result.table.headers))
      },
      () => {
        if (live)
          setReading({
            kind: 'table',
            table: { headers: [], rows: [], firstRowNumber: 1, problems: [issue(0, 'import.error.unreadableFile')] },
          })
      },
    )
    return () => {
      live = false
      started.close()
    }
  }, [file])

  const table = reading?.kind === 'table' ? reading.table : null
  useEffect(() => {
    const started = session.current
    // While the import is being saved, every chunk changes `existing`; checking again then would only copy the growing list to the worker.
    if (!table || !started || saving) return
    let live = true
    void started.build(mapping, existing, trainingId, data.now()).then((result) => {
      if (live) setChecked({ mapping, existing, result })
    })
    return () => {
      live = false
    }
  }, [table, mapping, existing, trainingId, data, saving])
  const result = table ? (checked?.result ?? null) : null
  const current = checked !== null && checked.mapping === mapping && checked.existing === existing
  const fileProblems = result?.errors.filter((e) => FILE_PROBLEM_REASONS.has(e.reason)) ?? []
  const rowErrors = result?.errors.filter((e) => !FILE_PROBLEM_REASONS.has(e.reason)) ?? []
  const unreadable = table !== null && table.headers.length === 0
  const toAdd = result?.toAdd ?? []
  const repeats = result?.duplicates.filter((d) => d.matches.kind === 'row').length ?? 0

  const runImport = async () => {
    setSaving(true)
    onSaving?.(true)
    try {
      const count = await importParticipants(data, toAdd, setSaved)
      notifications.show({ color: 'green', message: t('participants.importWizard.done', { count }) })
      onClose()
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('participants.importWizard.failed', { message: error instanceof Error ? error.message : String(error) }),
      })
      setSaving(false)
      onSaving?.(false)
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('participants.importWizard.title')} size={1040} centered data-testid="import-wizard">
      <Stack gap="md" data-testid="import-wizard-body">
        <Text size="sm" c="dimmed">
          {t('participants.importWizard.file', { name: file.name })}
        </Text>
        {reading === null && (
          <Center py="lg">
            <Loader size="sm" aria-label={t('participants.importWizard.reading')} />
          </Center>
        )}
        {reading?.kind === 'wrong-type' && (
          <Alert
            color="red"
            icon={<IconFileAlert size={18} />}
            title={t('participants.importWizard.fileProblem')}
            data-testid="import-file-problem"
          >
            {t('participants.importWizard.wrongType')}
          </Alert>
        )}
        {fileProblems.length > 0 && (
          <Alert
            color="red"
            icon={<IconFileAlert size={18} />}
            title={t('participants.importWizard.fileProblem')}
            data-testid="import-file-problem"
          >
            {fileProblems.map((p) => (
              <Text key={p.reason} size="sm">
                {message(p)}
              </Text>
            ))}
            {unreadable && <Text size="sm">{t('participants.importWizard.unreadable')}</Text>}
          </Alert>
        )}
        {table && !unreadable && result && (
          <>
            <ImportMapping headers={table.headers} mapping={mapping} onChange={setMapping} />
            <ImportPreview table={table} mapping={mapping} />
            <ImportIssues errors={rowErrors} duplicates={result.duplicates} />
            {result.blankRows > 0 && (
              <Text size="xs" c="dimmed">
                {t('participants.importWizard.blankRows', { count: result.blankRows })}
              </Text>
            )}
          </>
        )}
        {saving && toAdd.length > 0 && (
          <Stack gap={4} data-testid="import-progress">
            <Progress
              value={(saved / toAdd.length) * 100}
              aria-label={t('participants.importWizard.saving', { saved, count: toAdd.length })}
            />
            <Text size="sm" c="dimmed">
              {t('participants.importWizard.saving', { saved, count: toAdd.length })}
            </Text>
          </Stack>
        )}
        <Group justify="space-between" className="participants-import-footer">
          <Text size="sm" fw={500} data-testid="import-summary">
            {result && !unreadable
              ? [
                  t('participants.importWizard.summary', {
                    added: toAdd.length,
                    existing: result.duplicates.filter((d) => d.matches.kind === 'existing').length,
                    errors: new Set(rowErrors.map((e) => e.rowNumber)).size,
                  }),
                  repeats > 0 ? t('participants.importWizard.repeats', { count: repeats }) : '',
                ].join(' ')
              : ''}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('participants.importWizard.close')}
            </Button>
            <Button
              onClick={() => void runImport()}
              disabled={toAdd.length === 0 || fileProblems.length > 0 || !current}
              loading={saving}
              data-testid="import-confirm"
            >
              {toAdd.length === 0
                ? t('participants.importWizard.nothingToImport')
                : t('participants.importWizard.importButton', { count: toAdd.length })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  )
}
