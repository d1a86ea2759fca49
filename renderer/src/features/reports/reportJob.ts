import type { ReportLang } from '../../../../shared/report/reportModel'
import type { PlacedHeading } from '../../../../shared/report/renderPdf'
import type { ReportSectionId } from '../../../../shared/report/reportSections'
import type { TrainingSnapshot } from '../../../../shared/report/trainingSnapshot'

/** What the report worker can make: the full report or one of the printable sheets. */
export type ReportDocument =
  | { kind: 'report'; sections: readonly ReportSectionId[] }
  | { kind: 'attendance'; days?: readonly number[] }
  | { kind: 'agenda' }
  | { kind: 'actionPlans' }
  | { kind: 'session'; sessionId: string }
  | { kind: 'certificates' }

/** The kinds of document, for labels and file names. */
export type ReportDocumentKind = ReportDocument['kind']

/** The file a job makes: the PDF, or the Word copy of the same model. */
export type ReportFormat = 'pdf' | 'docx'

/** One job for the report worker. */
export interface ReportJobRequest {
  id: number
  snapshot: TrainingSnapshot
  lang: ReportLang
  document: ReportDocument
  /** When the report was made (epoch ms), printed on the cover. */
  generatedAt: number
  /** What to make; the PDF when left out. */
  format?: ReportFormat
}

/** What the worker posts back while it works and when it is done. */
export type ReportJobMessage =
  | { id: number; type: 'progress'; fraction: number }
  | {
      id: number
      type: 'done'
      bytes: Uint8Array<ArrayBuffer>
      /** Pages of a PDF; 0 for a Word file (Word lays out its own pages). */
      pageCount: number
      unsupported: string[]
      /** Where the chapters and parts of a PDF landed; empty for a Word file. */
      headings: PlacedHeading[]
    }
  | { id: number; type: 'error'; message: string }
