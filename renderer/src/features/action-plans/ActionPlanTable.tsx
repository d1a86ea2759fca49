import { UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionPlanSortKey, ActionPlanView } from '../../../../shared/capture/actionPlanTable'
import type { ActionPlan } from '../../../../shared/model/actionPlan'
import { useVirtualRows } from '../../ui/useVirtualRows'
import { VirtualRowsBody } from '../../ui/VirtualRowsBody'
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
  const focusIndex = focusId === null ? -1 : shown.findIndex((p) => p.id === focusId)
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = useVirtualRows(shown, scrollRef, {
    estimateSize: ROW_ESTIMATE_PX,
    overscan: OVERSCAN,
    keep: focusIndex < 0 ? [] : [focusIndex],
  })
  const { scrollToIndex } = rows
  useEffect(() => {
    if (focusIndex >= 0) scrollToIndex(focusIndex)
  }, [focusIndex, scrollToIndex])

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
        <tbody onFocus={rows.onFocus}>
          <VirtualRowsBody
            rows={rows}
            row={(plan, index) => (
              <ActionPlanRow
                plan={plan}
                index={index}
                focus={plan.id === focusId}
                organizationsId={organizationsId}
                onEnter={onEnter}
                onDetails={onDetails}
                onRemove={onRemove}
                measureRef={rows.measureElement}
              />
            )}
          />
        </tbody>
      </table>
    </div>
  )
}
