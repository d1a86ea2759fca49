import { useEffect, type RefObject } from 'react'

/** Events a keystroke of text entry raises after its keydown; none of them is for anyone but the field. */
const TEXT_EVENTS = ['keypress', 'beforeinput', 'textInput', 'input'] as const
/** Keys that only edit the field's text. */
const EDIT_KEYS = new Set(['Backspace', 'Delete'])

/** True when a key event only types into the field: no modifier, and a character or an editing key. */
export function isTextEntryKey(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false
  return event.key.length === 1 || EDIT_KEYS.has(event.key)
}

type Field = HTMLInputElement | HTMLTextAreaElement

/** Sets a field's text from code (empties it after Enter, say) so that useLocalTyping sees it, as it sees typing. */
export function setFieldText(field: Field, text: string): void {
  field.value = text
  field.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * Keeps fast typing in one field local, so a keystroke costs about what it costs on an empty page:
 * - the events of a plain keystroke stop at the field, so the app-wide listeners (React's root
 *   dispatcher, global shortcuts) do no work per character. Enter, Escape, Tab, arrows and every
 *   key with Ctrl, Alt or Cmd go on as usual, so shortcuts and the field's own key handlers work;
 * - the placeholder is on the field only while it is empty (the only time it shows): Chromium
 *   restyles a field's placeholder on every change of its value.
 * For an uncontrolled field only (a controlled one needs React to see its 'input' events); clear
 * it from code with `setFieldText`.
 */
export function useLocalTyping(ref: RefObject<Field | null>): void {
  useEffect(() => {
    const field = ref.current
    if (!field) return
    let placeholder: string | null = null
    const stop = (event: Event) => event.stopPropagation()
    const stopKey = (event: Event) => {
      if (isTextEntryKey(event as KeyboardEvent)) event.stopPropagation()
    }
    const onInput = () => {
      const shown = field.getAttribute('placeholder')
      if (field.value !== '' && shown !== null) {
        placeholder = shown
        field.removeAttribute('placeholder')
      } else if (field.value === '' && shown === null && placeholder !== null) {
        field.setAttribute('placeholder', placeholder)
      }
    }
    field.addEventListener('input', onInput)
    for (const type of TEXT_EVENTS) field.addEventListener(type, stop)
    field.addEventListener('keydown', stopKey)
    field.addEventListener('keyup', stopKey)
    return () => {
      field.removeEventListener('input', onInput)
      for (const type of TEXT_EVENTS) field.removeEventListener(type, stop)
      field.removeEventListener('keydown', stopKey)
      field.removeEventListener('keyup', stopKey)
      if (placeholder !== null && !field.hasAttribute('placeholder')) field.setAttribute('placeholder', placeholder)
    }
  }, [ref])
}
