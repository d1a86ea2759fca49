import { useEffect, useRef } from 'react'
import type { DraftTarget } from '../../data/pendingDrafts'
import { useDraftValue } from '../../ui/useDraftValue'
import { LINE_ENTRY_MAX } from '../../ui/textLimits'

/** A date cell holds YYYY-MM-DD. */
const ISO_DATE_LENGTH = 10

/**
 * One editable cell of the action plan table: a plain input (fast with many rows), saved as
 * the user types; Enter asks for a new row below.
 */
export function PlanCell({
  value,
  onSave,
  draft,
  onEnter,
  label,
  placeholder,
  type,
  focusOnMount,
  selectOnFocus,
  testId,
  list,
  onType,
}: {
  value: string
  onSave: (value: string) => Promise<unknown>
  /** Where the text belongs, so text uncommitted when the page goes away is committed at the next start. */
  draft?: DraftTarget
  onEnter: () => void
  label: string
  placeholder?: string
  type?: 'text' | 'date'
  focusOnMount?: boolean
  /** The value was filled in for the user (copied from the row above): the first click selects it, so typing replaces it. */
  selectOnFocus?: boolean
  testId: string
  list?: string
  onType?: (value: string) => void
}) {
  const field = useDraftValue(value, onSave, draft)
  const ref = useRef<HTMLInputElement>(null)
  // Only a freshly added row takes the focus, once: a row whose organisation gets saved later
  // must not pull the cursor away from the cell being typed in.
  const focusFirst = useRef(focusOnMount)
  useEffect(() => {
    if (focusFirst.current) ref.current?.focus()
  }, [])
  // Until the user types here, a click or Tab into the prefilled value selects all of it.
  const untouched = useRef(true)
  const keepSelection = useRef(false)
  return (
    <input
      ref={ref}
      className="plans-cell"
      type={type ?? 'text'}
      value={field.value}
      aria-label={label}
      placeholder={placeholder}
      list={list}
      maxLength={type === 'date' ? ISO_DATE_LENGTH : LINE_ENTRY_MAX}
      onFocus={(e) => {
        if (selectOnFocus !== true || !untouched.current || e.currentTarget.value === '') return
        e.currentTarget.select()
        keepSelection.current = true
      }}
      // The mouse button coming up would put the caret at the click and drop the selection.
      onMouseUp={(e) => {
        if (keepSelection.current) e.preventDefault()
        keepSelection.current = false
      }}
      onChange={(e) => {
        untouched.current = false
        field.change(e.currentTarget.value)
        onType?.(e.currentTarget.value)
      }}
      onBlur={field.blur}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          field.blur()
          onEnter()
        }
      }}
      data-testid={testId}
    />
  )
}
