import { Button, Group, Modal, Text } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PdfPages } from './pdfPages'

/** Width of the large page: readable, and inside a 1366 px wide window with room to spare. */
const LARGE_WIDTH = 720

/** One page of the preview at reading size, with the previous and next page a key press away. */
export function PageViewer({
  pages,
  page,
  onPage,
  onClose,
}: {
  pages: PdfPages
  page: number | null
  onPage: (page: number) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  // A state, not a ref: the modal mounts its content after opening, and the paint must wait for it.
  const [target, setTarget] = useState<HTMLCanvasElement | null>(null)
  const [painted, setPainted] = useState<number | null>(null)
  const total = pages.pageCount

  useEffect(() => {
    if (page === null || !target) return
    const controller = new AbortController()
    const width = Math.min(LARGE_WIDTH, window.innerWidth - 96)
    void pages.paint(page, target, width, controller.signal).then((ok) => ok && setPainted(page))
    return () => controller.abort()
  }, [pages, page, target])

  const go = (to: number): void => {
    if (to >= 1 && to <= total) onPage(to)
  }
  // On the window: focus may be on the dialog's close button, outside the page's own elements.
  const turn = (by: number) => () => {
    if (page !== null) go(page + by)
  }
  useHotkeys([
    ['ArrowLeft', turn(-1)],
    ['PageUp', turn(-1)],
    ['ArrowRight', turn(1)],
    ['PageDown', turn(1)],
  ])

  return (
    <Modal
      opened={page !== null}
      onClose={onClose}
      size="auto"
      title={page === null ? '' : t('reports.preview.pageOf', { page, total })}
      data-testid="report-page-viewer"
    >
      {page !== null && (
        <div>
          <Group justify="space-between" mb="sm">
            <Button
              variant="default"
              size="xs"
              leftSection={<IconChevronLeft size={16} />}
              disabled={page <= 1}
              onClick={() => go(page - 1)}
            >
              {t('reports.preview.previous')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('reports.preview.keys')}
            </Text>
            <Button
              variant="default"
              size="xs"
              rightSection={<IconChevronRight size={16} />}
              disabled={page >= total}
              onClick={() => go(page + 1)}
            >
              {t('reports.preview.next')}
            </Button>
          </Group>
          <canvas
            ref={setTarget}
            className="report-page-large"
            style={{ aspectRatio: pages.aspect }}
            role="img"
            aria-label={t('reports.preview.pageOf', { page, total })}
            data-testid="report-page-large"
            data-painted={painted === page}
          />
        </div>
      )}
    </Modal>
  )
}
