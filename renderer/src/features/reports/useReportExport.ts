import { notifications } from '@mantine/notifications'
import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Training } from '../../../../shared/model/training'
import type { ReportLang } from '../../../../shared/report/reportModel'
import { useData } from '../../data/hooks/useData'
import { useReadReportSnapshot } from '../../data/hooks/useReportSnapshot'
import { reportFileName } from './reportFileName'
import type { ReportDocument, ReportDocumentKind } from './reportJob'
import { runReportJob } from './runReportJob'

/** The saved notice names the file and its pages: long enough to read both. */
const SAVED_NOTICE_MS = 6000

/** The PDF being made, with its progress (0..1). */
export interface RunningExport {
  kind: ReportDocumentKind
  fileName: string
  fraction: number
}

/** How the last export ended. */
export type ExportOutcome =
  | { status: 'saved'; fileName: string; pageCount: number; unsupported: string[] }
  | { status: 'cancelled'; unsupported: string[] }
  | { status: 'failed'; message: string; unsupported: string[] }

/** The export state of the reports tab and the function that starts one. */
export interface ReportExport {
  running: RunningExport | null
  outcome: ExportOutcome | null
  start: (document: ReportDocument, lang: ReportLang) => Promise<void>
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * Makes a PDF of one training in the report worker and saves it through the desktop bridge's save
 * dialog (a download in the browser). One export at a time; the snapshot is read when the user
 * asks, so the PDF holds everything saved up to that moment.
 */
export function useReportExport(training: Training): ReportExport {
  const { t } = useTranslation()
  const { bridge } = useData()
  const readSnapshot = useReadReportSnapshot()
  const [running, setRunning] = useState<RunningExport | null>(null)
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null)
  const busy = useRef(false)

  const start = useCallback(
    async (document: ReportDocument, lang: ReportLang) => {
      if (busy.current) return
      busy.current = true
      const kind = document.kind
      const fileName = reportFileName(t(`reports.fileNames.${kind}`, { lng: lang }), training.title)
      setOutcome(null)
      setRunning({ kind, fileName, fraction: 0 })
      let unsupported: string[] = []
      try {
        const snapshot = await readSnapshot(training.id)
        if (!snapshot) throw new Error(t('app.notFound'))
        let shown = 0
        const result = await runReportJob({ snapshot, lang, document, generatedAt: Date.now() }, (fraction) => {
          // Re-render only when the bar visibly moves.
          if (Math.round(fraction * 100) === Math.round(shown * 100)) return
          shown = fraction
          setRunning({ kind, fileName, fraction })
        })
        unsupported = result.unsupported
        const saved = await bridge.saveBytes({
          suggestedName: fileName,
          bytes: result.bytes,
          filterName: t('reports.pdfFilter'),
          extensions: ['pdf'],
        })
        if (!saved.ok) setOutcome({ status: 'failed', message: t('reports.notSaved', { message: saved.error.message }), unsupported })
        else if (!saved.value.saved) setOutcome({ status: 'cancelled', unsupported })
        else {
          const name = saved.value.fileName ?? fileName
          setOutcome({ status: 'saved', fileName: name, pageCount: result.pageCount, unsupported })
          // Also where the user is looking, whatever part of the tab is on screen.
          notifications.show({ color: 'teal', message: t('reports.saved', { name, count: result.pageCount }), autoClose: SAVED_NOTICE_MS })
        }
      } catch (error) {
        setOutcome({ status: 'failed', message: t('reports.failed', { message: messageOf(error) }), unsupported })
      } finally {
        busy.current = false
        setRunning(null)
      }
    },
    [t, readSnapshot, bridge, training.id, training.title],
  )

  return { running, outcome, start }
}
