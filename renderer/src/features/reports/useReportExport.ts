import { notifications } from '@mantine/notifications'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Training } from '../../../../shared/model/training'
import type { ReportLang } from '../../../../shared/report/reportModel'
import type { ReportSectionId } from '../../../../shared/report/reportSections'
import type { PlacedHeading } from '../../../../shared/report/renderPdf'
import { useData } from '../../data/hooks/useData'
import { useReadReportSnapshot } from '../../data/hooks/useReportSnapshot'
import { keepPreview, keptPreview, previewStillCurrent } from './keptPreviews'
import { reportFileName } from './reportFileName'
import type { ReportDocument, ReportDocumentKind, ReportFormat, ReportJobRequest } from './reportJob'
import { runReportJob } from './runReportJob'
import type { ReportJobResult } from './runReportJob'

/** The saved notice names the file and its pages: long enough to read both. */
const SAVED_NOTICE_MS = 6000

/** The PDF (or Word file) being made, with its progress (0..1). */
export interface RunningExport {
  kind: ReportDocumentKind
  format: ReportFormat
  fileName: string
  fraction: number
}

/** How the last export ended. */
export type ExportOutcome =
  | { status: 'saved'; format: ReportFormat; fileName: string; pageCount: number; unsupported: string[] }
  | { status: 'built'; unsupported: string[] }
  | { status: 'cancelled'; unsupported: string[] }
  | { status: 'failed'; message: string; unsupported: string[] }

/**
 * The full report as built and shown before saving: "Save PDF" saves these very bytes, and the
 * Word copy is made from the same snapshot, language and date.
 */
export interface BuiltReport {
  bytes: Uint8Array<ArrayBuffer>
  pageCount: number
  headings: PlacedHeading[]
  /** Characters the font could not print, told again when the PDF is saved. */
  unsupported: string[]
  lang: ReportLang
  job: Omit<ReportJobRequest, 'id'>
}

/** The export state of the reports tab and the functions that start one. */
export interface ReportExport {
  running: RunningExport | null
  outcome: ExportOutcome | null
  /** The full report built for the preview, or null. */
  built: BuiltReport | null
  /** Makes a printable sheet (or the report) and saves it straight away. */
  start: (document: ReportDocument, lang: ReportLang) => Promise<void>
  /** Builds the full report for the preview, without saving it. */
  build: (sections: readonly ReportSectionId[], lang: ReportLang) => Promise<void>
  /** Saves the previewed report as PDF (the bytes shown) or as a Word copy of the same model. */
  saveBuilt: (format: ReportFormat) => Promise<void>
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * Makes the PDFs of one training in the report worker and saves them through the desktop bridge's
 * save dialog (a download in the browser). The full report is built first and previewed; saving
 * then writes the previewed bytes, or a Word copy of the same model. One job at a time; the
 * snapshot is read when the user asks, so the document holds everything saved up to that moment.
 * The last preview built is kept for the training while the trainer works in other tabs, and
 * shown again on return unless the training's data changed since (then it is let go).
 */
export function useReportExport(training: Training): ReportExport {
  const { t } = useTranslation()
  const { bridge } = useData()
  const readSnapshot = useReadReportSnapshot()
  const [running, setRunning] = useState<RunningExport | null>(null)
  const [built, setBuilt] = useState<BuiltReport | null>(() => keptPreview(training.id))
  const [outcome, setOutcome] = useState<ExportOutcome | null>(() => (built ? { status: 'built', unsupported: built.unsupported } : null))
  const busy = useRef(false)

  // A kept preview is shown at once; it goes if the training changed while the tab was closed.
  const shownFirst = useRef(built)
  useEffect(() => {
    const first = shownFirst.current
    if (!first) return
    let cancelled = false
    void readSnapshot(training.id).then((snapshot) => {
      if (cancelled || !snapshot || previewStillCurrent(training.id, snapshot)) return
      setBuilt((now) => (now === first ? null : now))
      setOutcome((now) => (now?.status === 'built' ? null : now))
    })
    return () => {
      cancelled = true
    }
  }, [readSnapshot, training.id])

  /** Runs one job in the worker with the progress bar up; null when it failed (the outcome says why). */
  const run = useCallback(
    async (job: Omit<ReportJobRequest, 'id'>, fileName: string): Promise<ReportJobResult | null> => {
      const kind = job.document.kind
      const format = job.format ?? 'pdf'
      setOutcome(null)
      setRunning({ kind, format, fileName, fraction: 0 })
      try {
        let shown = 0
        return await runReportJob(job, (fraction) => {
          // Re-render only when the bar visibly moves.
          if (Math.round(fraction * 100) === Math.round(shown * 100)) return
          shown = fraction
          setRunning({ kind, format, fileName, fraction })
        })
      } catch (error) {
        setOutcome({ status: 'failed', message: t('reports.failed', { message: messageOf(error) }), unsupported: [] })
        return null
      } finally {
        setRunning(null)
      }
    },
    [t],
  )

  const save = useCallback(
    async (result: ReportJobResult, fileName: string, format: ReportFormat) => {
      const { unsupported } = result
      const saved = await bridge.saveBytes({
        suggestedName: fileName,
        bytes: result.bytes,
        filterName: t(format === 'pdf' ? 'reports.pdfFilter' : 'reports.docxFilter'),
        extensions: [format],
      })
      if (!saved.ok) setOutcome({ status: 'failed', message: t('reports.notSaved', { message: saved.error.message }), unsupported })
      else if (!saved.value.saved) setOutcome({ status: 'cancelled', unsupported })
      else {
        const name = saved.value.fileName ?? fileName
        setOutcome({ status: 'saved', format, fileName: name, pageCount: result.pageCount, unsupported })
        // Also where the user is looking, whatever part of the tab is on screen.
        const message = format === 'pdf' ? t('reports.saved', { name, count: result.pageCount }) : t('reports.savedDocx', { name })
        notifications.show({ color: 'teal', message, autoClose: SAVED_NOTICE_MS })
      }
    },
    [bridge, t],
  )

  /** Reads the snapshot now and describes the job, or says the training is gone. */
  const jobOf = useCallback(
    async (document: ReportDocument, lang: ReportLang): Promise<Omit<ReportJobRequest, 'id'> | null> => {
      const snapshot = await readSnapshot(training.id)
      if (snapshot) return { snapshot, lang, document, generatedAt: Date.now() }
      setOutcome({ status: 'failed', message: t('reports.failed', { message: t('app.notFound') }), unsupported: [] })
      return null
    },
    [readSnapshot, training.id, t],
  )

  const exclusive = useCallback(
    async (task: () => Promise<void>) => {
      if (busy.current) return
      busy.current = true
      try {
        await task()
      } catch (error) {
        setOutcome({ status: 'failed', message: t('reports.failed', { message: messageOf(error) }), unsupported: [] })
      } finally {
        busy.current = false
      }
    },
    [t],
  )

  const nameOf = useCallback(
    (kind: ReportDocumentKind, lang: ReportLang, format: ReportFormat) =>
      reportFileName(t(`reports.fileNames.${kind}`, { lng: lang }), training.title, format),
    [t, training.title],
  )

  const start = useCallback(
    (document: ReportDocument, lang: ReportLang) =>
      exclusive(async () => {
        const fileName = nameOf(document.kind, lang, 'pdf')
        const job = await jobOf(document, lang)
        const result = job && (await run(job, fileName))
        if (result) await save(result, fileName, 'pdf')
      }),
    [exclusive, nameOf, jobOf, run, save],
  )

  const build = useCallback(
    (sections: readonly ReportSectionId[], lang: ReportLang) =>
      exclusive(async () => {
        setBuilt(null)
        const job = await jobOf({ kind: 'report', sections }, lang)
        const result = job && (await run(job, nameOf('report', lang, 'pdf')))
        if (!job || !result) return
        const made: BuiltReport = {
          bytes: result.bytes,
          pageCount: result.pageCount,
          headings: result.headings,
          unsupported: result.unsupported,
          lang,
          job,
        }
        keepPreview(training.id, made)
        setBuilt(made)
        setOutcome({ status: 'built', unsupported: result.unsupported })
      }),
    [exclusive, jobOf, run, nameOf, training.id],
  )

  const saveBuilt = useCallback(
    (format: ReportFormat) =>
      exclusive(async () => {
        if (!built) return
        const fileName = nameOf('report', built.lang, format)
        if (format === 'pdf') {
          await save(built, fileName, 'pdf')
          return
        }
        const result = await run({ ...built.job, format: 'docx' }, fileName)
        if (result) await save(result, fileName, 'docx')
      }),
    [exclusive, built, nameOf, save, run],
  )

  return { running, outcome, built, start, build, saveBuilt }
}
