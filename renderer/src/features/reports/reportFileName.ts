/** Characters no file system accepts in a name. */
const FORBIDDEN = /[\\/:*?"<>|]/g

const printable = (text: string): string => [...text].map((c) => ((c.codePointAt(0) ?? 0) < 32 ? ' ' : c)).join('')

/**
 * A safe file name for a report: the document name and the training title, without characters a
 * file system refuses, at most 200 characters with the `.pdf` extension.
 */
export function reportFileName(documentName: string, trainingTitle: string): string {
  const base = printable(`${documentName} - ${trainingTitle}`).replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim()
  const short = base.length > 190 ? base.slice(0, 190).trimEnd() : base
  return `${short.replace(/[. ]+$/, '') || 'report'}.pdf`
}
