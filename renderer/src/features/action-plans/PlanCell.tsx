import { useEffect, useRef } from 'react'
import type { DraftTarget } from '../../data/pendingDrafts'
import { useDraftValue } from '../capture/useDraftValue'

/**
 * One editable cell of the action plan table: a plain input (fast with many rows), saved as
 * the user types; Enter asks for a new row below.
 */
export function PlanCell({ value, onSave, draft, onEnter, label, placeholder, type, focusOnMount, testId, list, onType }: {
  value: string
  onSave: (value: string) => Promise<unknown>
  /** Where the text belongs, so text uncommitted when the page goes away is committed at the next start. */
  draft?: DraftTarget
  onEnter: () => void
  label: string
  placeholder?: string
  type?: 'text' | 'date'
  focusOnMount?: boolean
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
  return (
    <input
      ref={ref}
      className="plans-cell"
      type={type ?? 'text'}
      value={field.value}
      aria-label={label}
      placeholder={placeholder}
      list={list}
      maxLength={type === 'date' ? 10 : 2000}
      onChange={(e) => {
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
