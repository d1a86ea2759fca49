import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** What a dialog's footer offers: Cancel, and the dialog's one action. */
export interface ModalFooterProps {
  /** Closes the dialog without changing anything. */
  onCancel: () => void
  /** The action's label; Save when not given. */
  submitLabel?: string
  /** Runs the action; without it the action submits the dialog's form. */
  onSubmit?: () => void
  /** A test id for the action button. */
  submitTestId?: string
  /** The action is under way. */
  loading?: boolean
  /** The action cannot run yet. */
  disabled?: boolean
}

/** The one footer of the app's dialogs: Cancel on the left of the action, both at the right edge. */
export function ModalFooter({ onCancel, submitLabel, onSubmit, submitTestId, loading, disabled }: ModalFooterProps) {
  const { t } = useTranslation()
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t('app.cancel')}
      </Button>
      <Button
        type={onSubmit === undefined ? 'submit' : 'button'}
        onClick={onSubmit}
        loading={loading}
        disabled={disabled}
        data-testid={submitTestId}
      >
        {submitLabel ?? t('app.save')}
      </Button>
    </Group>
  )
}
