import { Button, Divider, Group, Select, Stack, Text } from '@mantine/core'
import { IconFileDownload } from '@tabler/icons-react'
import { Fragment, memo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Training } from '../../../../shared/model/training'
import type { ReportDocument } from './reportJob'
import { useSessions } from '../../data/hooks/useAgenda'

function SheetRow({ title, hint, children, action }: { title: string; hint: string; children?: ReactNode; action: ReactNode }) {
  return (
    <Stack gap={6}>
      <Text fw={600}>{title}</Text>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        {children}
        {action}
      </Group>
    </Stack>
  )
}

/** The single documents to print: attendance sheet, agenda, action plans, session summary, certificates. */
export const PrintableSheets = memo(function PrintableSheets({
  training,
  disabled,
  onExport,
}: {
  training: Training
  disabled: boolean
  onExport: (document: ReportDocument) => void
}) {
  const { t } = useTranslation()
  const sessions = useSessions(training.id)
  const [day, setDay] = useState<string>('all')
  const [sessionId, setSessionId] = useState<string | null>(null)
  const dayOptions = [
    { value: 'all', label: t('reports.allDays') },
    ...Array.from({ length: training.days }, (_, i) => ({ value: String(i + 1), label: t('reports.dayN', { n: i + 1 }) })),
  ]
  const sessionOptions = (sessions ?? []).map((s) => ({ value: s.id, label: t('reports.sessionOption', { day: s.day, title: s.title }) }))
  const chosenSession = sessionOptions.some((o) => o.value === sessionId) ? sessionId : null
  const button = (testId: string, document: ReportDocument | null) => (
    <Button
      variant="light"
      leftSection={<IconFileDownload size={16} />}
      disabled={disabled || document === null}
      onClick={() => document && onExport(document)}
      data-testid={testId}
      className="reports-sheet-button"
    >
      {t('reports.createPdf')}
    </Button>
  )

  const rows: ReactNode[] = [
    <SheetRow
      key="attendance"
      title={t('reports.attendanceSheet')}
      hint={t('reports.attendanceSheetHint')}
      action={button('sheet-attendance', day === 'all' ? { kind: 'attendance' } : { kind: 'attendance', days: [Number(day)] })}
    >
      <Select
        label={t('reports.attendanceDays')}
        data={dayOptions}
        value={day}
        onChange={(value) => setDay(value ?? 'all')}
        allowDeselect={false}
        className="reports-day-select"
        data-testid="sheet-attendance-day"
      />
    </SheetRow>,
    <SheetRow
      key="agenda"
      title={t('reports.agendaSheet')}
      hint={t('reports.agendaSheetHint')}
      action={button('sheet-agenda', { kind: 'agenda' })}
    />,
    <SheetRow
      key="plans"
      title={t('reports.actionPlansSheet')}
      hint={t('reports.actionPlansSheetHint')}
      action={button('sheet-action-plans', { kind: 'actionPlans' })}
    />,
    <SheetRow
      key="session"
      title={t('reports.sessionSummary')}
      hint={t('reports.sessionSummaryHint')}
      action={button('sheet-session', chosenSession ? { kind: 'session', sessionId: chosenSession } : null)}
    >
      <Select
        label={t('reports.session')}
        placeholder={sessionOptions.length > 0 ? t('reports.sessionPlaceholder') : t('reports.noSessions')}
        data={sessionOptions}
        value={chosenSession}
        onChange={setSessionId}
        searchable
        nothingFoundMessage={t('reports.noSessions')}
        disabled={sessionOptions.length === 0}
        className="reports-session-select"
        data-testid="sheet-session-picker"
      />
    </SheetRow>,
    <SheetRow
      key="certificates"
      title={t('reports.certificates')}
      hint={t('reports.certificatesHint')}
      action={button('sheet-certificates', { kind: 'certificates' })}
    />,
  ]

  return (
    <Stack gap="md">
      {rows.map((row, i) => (
        <Fragment key={i}>
          {i > 0 && <Divider />}
          {row}
        </Fragment>
      ))}
    </Stack>
  )
})
