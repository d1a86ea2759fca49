import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'

/** How long an undo notice stays, unless a caller needs it shorter. */
export const UNDO_NOTICE_MS = 8000

/** Optional settings of an undo notice. */
export interface UndoNoticeOptions {
  /** How long the notice stays, in ms. */
  autoClose?: number
  /** A test id for the Undo button. */
  undoTestId?: string
}

/** Shows a message with an Undo button for a few seconds; the one undo notice of the app. */
export function notifyWithUndo(message: string, undoLabel: string, undo: () => Promise<unknown>, options: UndoNoticeOptions = {}): void {
  const id = crypto.randomUUID()
  notifications.show({
    id,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="subtle"
          data-testid={options.undoTestId}
          onClick={() => {
            void undo()
            notifications.hide(id)
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    ),
    autoClose: options.autoClose ?? UNDO_NOTICE_MS,
  })
}
