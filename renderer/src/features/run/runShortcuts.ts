/** A keyboard shortcut of run mode, as the help overlay lists it. */
export interface RunShortcut {
  keys: string[]
  /** The key of its description under `run.shortcuts`. */
  label:
    | 'startFinish'
    | 'skip'
    | 'timerQuick'
    | 'pause'
    | 'extend'
    | 'mute'
    | 'notes'
    | 'board'
    | 'projector'
    | 'help'
    | 'cardNew'
    | 'cardVote'
    | 'cardMove'
    | 'cardEdit'
    | 'focus'
    | 'problem'
}

/** Every shortcut, in the order of the help overlay. */
export const RUN_SHORTCUTS: RunShortcut[] = [
  { keys: ['S', 'F'], label: 'startFinish' },
  { keys: ['X'], label: 'skip' },
  { keys: ['1', '2', '3', '4'], label: 'timerQuick' },
  { keys: ['P'], label: 'pause' },
  { keys: ['+'], label: 'extend' },
  { keys: ['M'], label: 'mute' },
  { keys: ['N'], label: 'notes' },
  { keys: ['B'], label: 'board' },
  { keys: ['O'], label: 'projector' },
  { keys: ['?'], label: 'help' },
  { keys: ['C'], label: 'cardNew' },
  { keys: ['+', '−'], label: 'cardVote' },
  { keys: ['1–9', '0'], label: 'cardMove' },
  { keys: ['Enter', 'Del'], label: 'cardEdit' },
  { keys: ['Ctrl+Shift+F', 'Esc'], label: 'focus' },
  { keys: ['H'], label: 'problem' },
]

/** Whether a key event happened in a text field (shortcuts leave typing alone). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox')
  )
}

/** The actions the global shortcuts trigger. */
export type RunShortcutHandlers = Partial<
  Record<
    | 'start'
    | 'finish'
    | 'skip'
    | 'pause'
    | 'extend'
    | 'mute'
    | 'notes'
    | 'board'
    | 'projector'
    | 'help'
    | 'cardNew'
    | 'focus'
    | 'leaveFocus'
    | 'problem',
    () => void
  >
> & {
  timer?: (minutes: number) => void
}

/**
 * Maps a keydown to a run-mode action. Ignored while typing, with Ctrl / Alt / Meta held, inside
 * a dialog, or when a focused card already handled the key (defaultPrevented). Ctrl+Shift+F
 * (the focus board) works even in a text field: it types nothing, and the trainer is often in
 * the card field when the board gets crowded.
 */
export function shortcutFor(event: KeyboardEvent, handlers: RunShortcutHandlers): (() => void) | null {
  if (event.defaultPrevented) return null
  const inDialog = event.target instanceof HTMLElement && event.target.closest('[role="dialog"]') !== null
  if (event.ctrlKey && event.shiftKey && !event.altKey && !event.metaKey && event.key.toLowerCase() === 'f' && !inDialog)
    return handlers.focus ?? null
  if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target) || inDialog) return null
  // Escape closes an open menu first; only a bare Escape leaves the focus board.
  if (event.key === 'Escape')
    return event.target instanceof HTMLElement && event.target.closest('[role="menu"]') ? null : (handlers.leaveFocus ?? null)
  const quick: Record<string, number> = { '1': 5, '2': 10, '3': 15, '4': 20 }
  const minutes = quick[event.key]
  if (minutes !== undefined && handlers.timer) {
    const timer = handlers.timer
    return () => timer(minutes)
  }
  const map: Record<string, keyof RunShortcutHandlers> = {
    s: 'start',
    f: 'finish',
    x: 'skip',
    p: 'pause',
    '+': 'extend',
    '=': 'extend',
    m: 'mute',
    n: 'notes',
    b: 'board',
    o: 'projector',
    '?': 'help',
    c: 'cardNew',
    h: 'problem',
  }
  const name = map[event.key.length === 1 ? event.key.toLowerCase() : event.key]
  const fn = name && name !== 'timer' ? handlers[name] : undefined
  return fn ?? null
}
