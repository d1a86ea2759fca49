import { ListEditor } from '../../ui/ListEditor'
import { useDraftValue } from './useDraftValue'

/** A list of points (ListEditor) saved as the user types. */
export function AutosaveList({ label, items, placeholder, onSave, testId }: {
  label: string
  items: string[]
  placeholder: string
  onSave: (items: string[]) => Promise<unknown>
  testId: string
}) {
  const field = useDraftValue(items, onSave)
  return <ListEditor label={label} items={field.value} placeholder={placeholder} onChange={field.change} onBlur={field.blur} testId={testId} />
}
