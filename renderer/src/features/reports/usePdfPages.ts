import { useEffect, useState } from 'react'
import { openPdfPages } from './pdfPages'
import type { PdfPages } from './pdfPages'

/** What opening the preview's PDF came to. */
export type PdfPagesState = { status: 'opening' } | { status: 'open'; pages: PdfPages } | { status: 'failed'; message: string }

/** Opens PDF bytes for painting while they are shown, and closes them when they change or go. */
export function usePdfPages(bytes: Uint8Array): PdfPagesState {
  // Kept with the bytes it is about: new bytes read as "opening" until they are open.
  const [state, setState] = useState<{ bytes: Uint8Array; state: PdfPagesState } | null>(null)
  useEffect(() => {
    let cancelled = false
    let opened: PdfPages | null = null
    openPdfPages(bytes).then(
      (pages) => {
        if (cancelled) pages.close()
        else {
          opened = pages
          setState({ bytes, state: { status: 'open', pages } })
        }
      },
      (error: unknown) => {
        if (!cancelled) setState({ bytes, state: { status: 'failed', message: error instanceof Error ? error.message : String(error) } })
      },
    )
    return () => {
      cancelled = true
      opened?.close()
    }
  }, [bytes])
  return state?.bytes === bytes ? state.state : { status: 'opening' }
}
