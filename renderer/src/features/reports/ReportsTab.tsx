import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { IconReportAnalytics } from '@tabler/icons-react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Training } from '../../../../shared/model/training'
import type { ReportLang } from '../../../../shared/report/reportModel'
import type { ReportDocument } from './reportJob'
import { ExportStatus } from './ExportStatus'
import { FrontMatterForm } from './FrontMatterForm'
import { PrintableSheets } from './PrintableSheets'
import { keptPreview } from './keptPreviews'
import { ReportPreview } from './ReportPreview'
import { ReportSectionsChecklist } from './ReportSectionsChecklist'
import { useReportExport } from './useReportExport'
import { useReportSections } from './useReportSections'
import './reports.css'

/**
 * The reports of a training: the full post-training report with its chosen sections, and the
 * printable sheets. The PDF is made in a worker, so the app keeps responding while it builds.
 */
export function ReportsTab({ training }: { training: Training }) {
  const { t, i18n } = useTranslation()
  // Back on the tab, the language of the preview kept from before, so it is not taken as stale.
  const [lang, setLang] = useState<ReportLang>(() => keptPreview(training.id)?.lang ?? (i18n.language === 'id' ? 'id' : 'en'))
  const { sections, toggle, setAll } = useReportSections(training)
  const { running, outcome, built, start, build, saveBuilt } = useReportExport(training)
  const busy = running !== null
  const builtSections = built?.job.document.kind === 'report' ? built.job.document.sections : null
  const stale = built !== null && (built.lang !== lang || builtSections?.join() !== sections.join())
  // Stable callbacks: progress updates then re-render only the status, not the lists (main thread stays free).
  const exportDocument = useCallback((document: ReportDocument) => void start(document, lang), [start, lang])

  return (
    <Stack gap="md" className="reports-tab">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Text c="dimmed" maw={560}>
          {t('reports.intro')}
        </Text>
        <Stack gap={4} align="flex-end">
          <Text size="sm" fw={500} id="report-language-label">
            {t('reports.language')}
          </Text>
          <SegmentedControl
            value={lang}
            onChange={(value) => setLang(value === 'id' ? 'id' : 'en')}
            data={[
              { value: 'id', label: t('app.languages.id') },
              { value: 'en', label: t('app.languages.en') },
            ]}
            aria-labelledby="report-language-label"
            data-testid="report-language"
          />
          <Text size="xs" c="dimmed">
            {t('reports.languageHint')}
          </Text>
        </Stack>
      </Group>
      <ExportStatus running={running} outcome={outcome} />
      {built && (
        <ReportPreview built={built} trainingId={training.id} stale={stale} busy={busy} onSave={(format) => void saveBuilt(format)} />
      )}
      <div className="reports-layout">
        <Stack gap="md">
          <Paper withBorder p="lg">
            <Stack gap="md">
              <div>
                <Title order={2} size="h4">
                  {t('reports.fullReport')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('reports.fullReportHint')}
                </Text>
              </div>
              <ReportSectionsChecklist sections={sections} onToggle={toggle} onSetAll={setAll} />
              <Group>
                <Button
                  leftSection={<IconReportAnalytics size={18} />}
                  disabled={busy || sections.length === 0}
                  loading={running?.kind === 'report'}
                  onClick={() => void build(sections, lang)}
                  data-testid="report-create"
                >
                  {t('reports.create')}
                </Button>
              </Group>
            </Stack>
          </Paper>
          <FrontMatterForm training={training} lang={lang} />
        </Stack>
        <Paper withBorder p="lg">
          <Stack gap="md">
            <div>
              <Title order={2} size="h4">
                {t('reports.sheets')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('reports.sheetsHint')}
              </Text>
            </div>
            <PrintableSheets training={training} disabled={busy} onExport={exportDocument} />
          </Stack>
        </Paper>
      </div>
    </Stack>
  )
}
