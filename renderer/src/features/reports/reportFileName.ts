/** Characters no file system accepts in a name. */
const FORBIDDEN = /[\\/:*?"<>|]/g

/** Characters kept of the name before `.pdf`: 200 in all stays well under every file system's limit. */
const BASE_NAME_MAX = 190

const printable = (text: string): string => [...text].map((c) => ((c.codePointAt(0) ?? 0) < 32 ? ' ' : c)).join('')

/**
 * A safe file name for a report: the document name and the training title, without characters a
 * file system refuses, at most 200 characters with the extension (`.pdf` unless another is given).
 */
export function reportFileName(documentName: string, trainingTitle: string, extension: 'pdf' | 'docx' = 'pdf'): string {
  const base = printable(`${documentName} - ${trainingTitle}`).replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim()
  const short = base.length > BASE_NAME_MAX ? base.slice(0, BASE_NAME_MAX).trimEnd() : base
  return `${short.replace(/[. ]+$/, '') || 'report'}.${extension}`
}
