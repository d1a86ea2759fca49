import { UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionPlanSortKey, ActionPlanView } from '../../../../shared/capture/actionPlanTable'
import type { ActionPlan } from '../../../../shared/model/actionPlan'
import { ActionPlanRow, PLAN_TEXT_COLUMNS } from './ActionPlanRow'

const SORTABLE: readonly string[] = ['organization', 'activity', 'responsible', 'dueDate', 'status'] satisfies ActionPlanSortKey[]
const COLUMNS = [...PLAN_TEXT_COLUMNS, 'dueDate', 'status', 'notes'] as const
/** Height of a row of one-line cells (measured rows correct it). */
const ROW_ESTIMATE_PX = 36
/** Rows laid out beyond the visible ones, so Tab and the arrow keys reach a row that is already there. */
const OVERSCAN = 10

/**
 * The action plan table. Only the rows in view (and the one being edited) are in the page, so
 * a table of 2,000 plans opens and types as fast as one of 20; spacer rows keep the scroll
 * height and the columns of a real table, and aria-rowcount / aria-rowindex tell a screen
 * reader where each row is.
 */
export function ActionPlanTable({
  shown,
  view,
  focusId,
  organizationsId,
  onSort,
  onEnter,
  onDetails,
  onRemove,
}: {
  shown: ActionPlan[]
  view: ActionPlanView
  /** A row just added: scrolled to and its first cell focused. */
  focusId: string | null
  organizationsId: string
  onSort: (key: ActionPlanSortKey) => void
  onEnter: (organization: string) => void
  onDetails: (id: string) => void
  onRemove: (id: string) => void
}) {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  // The row holding the focus stays in the page even when scrolled away, so its typing is never unmounted.
  const [editingId, setEditingId] = useState<string | null>(null)
  const keep = [editingId, focusId].map((id) => (id === null ? -1 : shown.findIndex((p) => p.id === id))).filter((i) => i >= 0)
  const keepKey = keep.join(',')
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      const extra =
        keepKey === ''
          ? []
          : keepKey
              .split(',')
              .map(Number)
              .filter((i) => i < range.count && !indexes.includes(i))
      return extra.length === 0 ? indexes : [...indexes, ...extra].sort((a, b) => a - b)
    },
    [keepKey],
  )
  // The virtualizer returns fresh functions each render, which React Compiler cannot memoise; that is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN,
    getItemKey: (index) => shown[index]?.id ?? index,
    rangeExtractor,
  })
  const focusIndex = focusId === null ? -1 : shown.findIndex((p) => p.id === focusId)
  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: 'auto' })
  }, [focusIndex, virtualizer])
  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    const id = (e.target as HTMLElement).closest('tr')?.getAttribute('data-plan-id') ?? null
    if (id !== editingId) setEditingId(id)
  }

  const items = virtualizer.getVirtualItems()
  let cursor = 0
  const rows = items.flatMap((item) => {
    const plan = shown[item.index]
    if (!plan) return []
    const gap = item.start - cursor
    cursor = item.end
    return [
      ...(gap > 0 ? [<tr key={`gap-${item.key}`} className="plans-gap" aria-hidden style={{ height: gap }} />] : []),
      <ActionPlanRow
        key={item.key}
        plan={plan}
        index={item.index}
        focus={plan.id === focusId}
        organizationsId={organizationsId}
        onEnter={onEnter}
        onDetails={onDetails}
        onRemove={onRemove}
        measureRef={virtualizer.measureElement}
      />,
    ]
  })
  const after = virtualizer.getTotalSize() - cursor

  return (
    <div className="plans-scroll" ref={scrollRef} data-testid="plans-scroll">
      <table className="plans-table" data-testid="plans-table" aria-rowcount={shown.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th className="plans-num">#</th>
            {COLUMNS.map((key) => (
              <th key={key} className={`plans-col-${key}`}>
                {SORTABLE.includes(key) ? (
                  <UnstyledButton
                    className="plans-sort"
                    onClick={() => onSort(key as ActionPlanSortKey)}
                    aria-label={t('actionPlans.sortBy', { column: t(`actionPlans.columns.${key}`) })}
                    data-testid={`plans-sort-${key}`}
                  >
                    {t(`actionPlans.columns.${key}`)}
                    {view.sortBy === key ? (
                      view.descending ? (
                        <IconArrowDown size={12} />
                      ) : (
                        <IconArrowUp size={12} />
                      )
                    ) : (
                      <IconSelector size={12} />
                    )}
                  </UnstyledButton>
                ) : (
                  t(`actionPlans.columns.${key}`)
                )}
              </th>
            ))}
            <th className="plans-actions" />
          </tr>
        </thead>
        <tbody onFocus={onFocus}>
          {rows}
          {after > 0 && <tr className="plans-gap" aria-hidden style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  )
}
