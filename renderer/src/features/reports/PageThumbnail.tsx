import { UnstyledButton } from '@mantine/core'
import { memo, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PdfPages } from './pdfPages'

/** CSS width of a thumbnail. */
export const THUMBNAIL_WIDTH = 132

/**
 * One page of the preview, painted the first time it comes near the screen (a 60-page report
 * paints only what is looked at); a button that opens the page large.
 */
export const PageThumbnail = memo(function PageThumbnail({
  pages,
  page,
  onOpen,
}: {
  pages: PdfPages
  page: number
  onOpen: (page: number) => void
}) {
  const { t } = useTranslation()
  const canvas = useRef<HTMLCanvasElement>(null)
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    const target = canvas.current
    if (!target) return
    const controller = new AbortController()
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return
        observer.disconnect()
        void pages.paint(page, target, THUMBNAIL_WIDTH, controller.signal).then((ok) => ok && setPainted(true))
      },
      { rootMargin: '300px' },
    )
    observer.observe(target)
    return () => {
      observer.disconnect()
      controller.abort()
    }
  }, [pages, page])
  return (
    <UnstyledButton
      className="report-thumb"
      onClick={() => onOpen(page)}
      aria-label={t('reports.preview.openPage', { page, total: pages.pageCount })}
      data-testid="report-thumb"
      data-page={page}
      data-painted={painted}
    >
      <canvas ref={canvas} className="report-thumb-canvas" style={{ aspectRatio: pages.aspect }} />
      <span className="report-thumb-number">{page}</span>
    </UnstyledButton>
  )
})
