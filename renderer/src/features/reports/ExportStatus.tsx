import { Alert, Group, Paper, Progress, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportOutcome, RunningExport } from './useReportExport'

/**
 * What the export is doing: a progress bar while the worker makes the PDF, then where it was
 * saved, and the characters the font could not print, if any. It sits above the export
 * buttons, so when an export starts or ends it is scrolled into view: a button low on the page
 * must not leave its answer off-screen.
 */
export function ExportStatus({ running, outcome }: { running: RunningExport | null; outcome: ExportOutcome | null }) {
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const started = running !== null
  useEffect(() => {
    if (started || outcome) box.current?.scrollIntoView({ block: 'nearest' })
  }, [started, outcome])
  if (running) {
    const percent = Math.round(running.fraction * 100)
    const progress = t(running.format === 'docx' ? 'reports.progressDocx' : 'reports.progress', { percent })
    return (
      <Paper ref={box} withBorder p="md" className="reports-status" data-testid="report-running" aria-live="polite">
        <Stack gap={6}>
          <Group gap="xs" wrap="nowrap">
            {running.format === 'docx' ? <IconFileTypeDocx size={18} /> : <IconFileTypePdf size={18} />}
            <Text size="sm" fw={500} truncate>
              {t('reports.making', { name: running.fileName })}
            </Text>
          </Group>
          <Progress value={percent} aria-label={progress} data-testid="report-progress" data-value={percent} />
          <Text size="xs" c="dimmed">
            {progress}
          </Text>
        </Stack>
      </Paper>
    )
  }
  if (!outcome || (outcome.status === 'built' && outcome.unsupported.length === 0)) return null
  return (
    <Stack ref={box} gap="sm" className="reports-status" data-testid="report-outcome" data-status={outcome.status}>
      {outcome.status === 'saved' && (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="report-saved">
          {outcome.format === 'pdf'
            ? t('reports.saved', { name: outcome.fileName, count: outcome.pageCount })
            : t('reports.savedDocx', { name: outcome.fileName })}
        </Alert>
      )}
      {outcome.status === 'cancelled' && <Alert color="gray">{t('reports.cancelled')}</Alert>}
      {outcome.status === 'failed' && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="report-failed">
          {outcome.message}
        </Alert>
      )}
      {outcome.unsupported.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('reports.unsupportedTitle')} data-testid="report-unsupported">
          {t('reports.unsupportedText', {
            chars: outcome.unsupported
              .map((c) => `${c} (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`)
              .join(', '),
          })}
        </Alert>
      )}
    </Stack>
  )
}
