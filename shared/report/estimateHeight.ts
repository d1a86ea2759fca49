import type { ReportBlock } from './reportModel'

/** Never keep more than this much (mm) of what follows a heading on the heading's page. */
const MAX_KEEP = 80

/**
 * A rough height (mm) of the start of a block: how much of it must fit under a heading for the
 * heading not to be left alone at the bottom of a page. Small fact tables are kept whole.
 */
export function estimateHeight(blocks: readonly ReportBlock[], index: number): number {
  const block = blocks[index]
  if (block === undefined) return 0
  switch (block.kind) {
    case 'paragraph':
      return block.style === 'label' ? 6 + estimateHeight(blocks, index + 1) : 14
    case 'list':
      return 10
    case 'table':
      if (block.variant === 'plain') {
        const lines = block.rows.reduce((n, row) => n + Math.ceil((row[1]?.length ?? 0) / 90 || 1), 0)
        return Math.min(MAX_KEEP, lines * 5 + 3)
      }
      return (block.caption === null ? 0 : 8) + 24
    case 'chart':
      return Math.min(MAX_KEEP, 85)
    case 'image':
      return 60
    case 'heading':
      return Math.min(MAX_KEEP, 10 + estimateHeight(blocks, index + 1))
    case 'signatures':
      return 42
    default:
      return 0
  }
}
