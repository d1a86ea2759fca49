import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useState, type FocusEvent, type RefObject } from 'react'
import { spaceRows, type RowSpans } from './spaceRows'

/** How a long table lays out its rows. */
export interface VirtualRowsOptions {
  /** Height of a row before it is measured. */
  estimateSize: number
  /** Rows laid out beyond those in view, so Tab and the arrow keys reach a row that is already there. */
  overscan?: number
  /** Up to this many rows every row is laid out (none of the spacer work); above, only those in view. */
  plainUpTo?: number
  /** Rows laid out even when scrolled away (a row just added and about to take the focus). */
  keep?: readonly number[]
}

/** The rows of a long table to lay out now, and what the table needs to lay them out. */
export interface VirtualRows<T> extends RowSpans {
  items: readonly T[]
  /** Whether only the rows in view are laid out (the table then scrolls in its own box). */
  virtual: boolean
  /** Each laid-out row measures itself through this, as its ref (it needs `data-index`); undefined when every row is laid out. */
  measureElement: ((row: Element | null) => void) | undefined
  scrollToIndex: (index: number) => void
  /** For the rows' container: the row holding the focus stays laid out when scrolled away, so its typing is never unmounted. */
  onFocus: (event: FocusEvent<HTMLElement>) => void
}

function merge(indexes: number[], extra: readonly number[], count: number): number[] {
  const missing = extra.filter((i) => i >= 0 && i < count && !indexes.includes(i))
  return missing.length === 0 ? indexes : [...indexes, ...missing].sort((a, b) => a - b)
}

/**
 * A long table with only the rows in view (and a few more) in the page, on
 * @tanstack/react-virtual: spacer heights above and below keep the scroll height and the
 * columns of a real table, so 2,000 rows open and type as fast as 20. `items` are the rows'
 * items in order (a row is keyed by its item's id, so it keeps its state when rows move);
 * `scrollRef` is the box that scrolls them. Render the rows with VirtualRowsBody.
 */
export function useVirtualRows<T extends { id: string }>(
  items: readonly T[],
  scrollRef: RefObject<HTMLElement | null>,
  { estimateSize, overscan = 10, plainUpTo = 0, keep = [] }: VirtualRowsOptions,
): VirtualRows<T> {
  const count = items.length
  const virtual = count > plainUpTo
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const focusedIndex = virtual && focusedId !== null ? items.findIndex((item) => item.id === focusedId) : -1
  const keptKey = (focusedIndex < 0 ? keep : [...keep, focusedIndex]).join(',')
  const rangeExtractor = useCallback(
    (range: Range) => merge(defaultRangeExtractor(range), keptKey === '' ? [] : keptKey.split(',').map(Number), range.count),
    [keptKey],
  )
  // The virtualizer returns fresh functions each render, which React Compiler cannot memoise; that is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan,
    getItemKey: (index) => items[index]?.id ?? index,
    rangeExtractor,
  })
  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }), [virtualizer])
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = (event.target as Element).closest('[data-index]')?.getAttribute('data-index')
    const id = index === null || index === undefined ? null : (items[Number(index)]?.id ?? null)
    if (virtual && id !== focusedId) setFocusedId(id)
  }
  const spans: RowSpans = virtual
    ? spaceRows(virtualizer.getVirtualItems(), virtualizer.getTotalSize())
    : { rows: items.map((item, index) => ({ index, key: item.id, gapBefore: 0 })), after: 0 }
  return {
    ...spans,
    items,
    virtual,
    measureElement: virtual ? virtualizer.measureElement : undefined,
    scrollToIndex,
    onFocus,
  }
}
