import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'

/** Shows a message with an Undo button for a few seconds. */
export function notifyWithUndo(message: string, undoLabel: string, undo: () => Promise<unknown>): void {
  const id = crypto.randomUUID()
  notifications.show({
    id,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => {
            void undo()
            notifications.hide(id)
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    ),
    autoClose: 8000,
  })
}
