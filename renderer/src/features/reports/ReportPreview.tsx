import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { IconAlertTriangle, IconDeviceFloppy, IconFileTypeDocx } from '@tabler/icons-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { PlacedHeading } from '../../../../shared/report/renderPdf'
import { focusWhenShown } from '../../ui/focusWhenShown'
import { PageThumbnail } from './PageThumbnail'
import { PageViewer } from './PageViewer'
import type { PdfPages } from './pdfPages'
import type { ReportFormat } from './reportJob'
import { sectionEditor } from './sectionEditors'
import type { BuiltReport } from './useReportExport'
import { usePdfPages } from './usePdfPages'

/** The report's chapters and parts with their pages; a heading opens where its part is edited. */
function SectionList({ headings, trainingId, onPage }: { headings: PlacedHeading[]; trainingId: string; onPage: (page: number) => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const edit = (heading: PlacedHeading): void => {
    const editor = sectionEditor(heading.section)
    if (!editor) return
    void navigate(`/trainings/${trainingId}/${editor.tab}`)
    // The tab loads its code and data after the route changes: focus what it shows once it is there.
    focusWhenShown(editor.field ? `[data-testid="${editor.field}"]` : `[role="tab"][aria-selected="true"][id$="-tab-${editor.tab}"]`)
  }
  return (
    <nav aria-label={t('reports.preview.sections')}>
      <Text size="sm" fw={600} mb={6}>
        {t('reports.preview.sections')}
      </Text>
      <ol className="report-preview-sections" data-testid="report-preview-sections">
        {headings.map((heading, i) => {
          const editor = sectionEditor(heading.section)
          return (
            <li key={i} className={heading.level === 1 ? 'report-preview-chapter' : 'report-preview-part'}>
              {editor ? (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => edit(heading)}
                  title={t('reports.preview.editHint')}
                  data-testid="report-preview-heading"
                  data-section={heading.section}
                >
                  {heading.label}
                </Anchor>
              ) : (
                <Text size="sm" span>
                  {heading.label}
                </Text>
              )}
              <UnstyledButton
                className="report-preview-page"
                onClick={() => onPage(heading.page)}
                aria-label={t('reports.preview.goToPage', { page: heading.page })}
              >
                {t('reports.preview.pageShort', { page: heading.page })}
              </UnstyledButton>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

/** The thumbnails of every page, in a scrolling strip that paints only what comes into view. */
function Thumbnails({ pages, onOpen }: { pages: PdfPages; onOpen: (page: number) => void }) {
  const { t } = useTranslation()
  return (
    <div
      className="report-thumbs"
      role="list"
      aria-label={t('reports.preview.pages', { count: pages.pageCount })}
      data-testid="report-thumbs"
    >
      {Array.from({ length: pages.pageCount }, (_, i) => (
        <div role="listitem" key={i}>
          <PageThumbnail pages={pages} page={i + 1} onOpen={onOpen} />
        </div>
      ))}
    </div>
  )
}

/**
 * The full report as built, before it is saved: page thumbnails (click for a large view), the
 * chapters and parts with their pages (a heading leads to where that part is edited), and the two
 * ways to save: the very PDF shown, or a Word copy of the same report.
 */
export function ReportPreview({
  built,
  trainingId,
  stale,
  busy,
  onSave,
}: {
  built: BuiltReport
  trainingId: string
  stale: boolean
  busy: boolean
  onSave: (format: ReportFormat) => void
}) {
  const { t } = useTranslation()
  const state = usePdfPages(built.bytes)
  const [viewing, setViewing] = useState<number | null>(null)
  const box = useRef<HTMLDivElement>(null)
  const open = useCallback((page: number) => setViewing(page), [])
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'start', behavior: 'smooth' })
  }, [built])

  return (
    <Paper ref={box} withBorder p="lg" className="report-preview" data-testid="report-preview" data-generated={built.job.generatedAt}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h4">
              {t('reports.preview.title')}
            </Title>
            <Text size="sm" c="dimmed" maw={620}>
              {t('reports.preview.hint', { count: built.pageCount })}
            </Text>
          </div>
          <Group gap="sm">
            <Button
              leftSection={<IconDeviceFloppy size={18} />}
              disabled={busy}
              onClick={() => onSave('pdf')}
              data-testid="report-save-pdf"
            >
              {t('reports.preview.savePdf')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconFileTypeDocx size={18} />}
              disabled={busy}
              onClick={() => onSave('docx')}
              data-testid="report-save-docx"
            >
              {t('reports.preview.saveDocx')}
            </Button>
          </Group>
        </Group>
        {stale && (
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />} data-testid="report-preview-stale">
            {t('reports.preview.stale')}
          </Alert>
        )}
        <div className="report-preview-layout">
          <SectionList headings={built.headings} trainingId={trainingId} onPage={open} />
          {state.status === 'open' && <Thumbnails pages={state.pages} onOpen={open} />}
          {state.status === 'opening' && <Loader size="sm" aria-label={t('reports.preview.opening')} />}
          {state.status === 'failed' && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
              {t('reports.preview.failed', { message: state.message })}
            </Alert>
          )}
        </div>
      </Stack>
      {state.status === 'open' && <PageViewer pages={state.pages} page={viewing} onPage={setViewing} onClose={() => setViewing(null)} />}
    </Paper>
  )
}
