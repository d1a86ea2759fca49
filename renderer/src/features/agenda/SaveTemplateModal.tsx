import { Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SHORT_TEXT_MAX } from '../../../../shared/model/common'
import { ModalFooter } from '../../ui/ModalFooter'

/** Asks for a name and saves the agenda as a reusable template. */
export function SaveTemplateModal({
  initialName,
  onSave,
  onClose,
}: {
  initialName: string
  onSave: (name: string) => Promise<unknown>
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [name, setName] = useState(initialName.slice(0, SHORT_TEXT_MAX))
  const [error, setError] = useState<string | null>(null)
  return (
    <Modal opened onClose={onClose} title={t('agenda.templates.saveTitle')} centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          if (name.trim() === '') {
            setError(t('agenda.templates.nameRequired'))
            return
          }
          void onSave(name.trim()).then(onClose)
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('agenda.templates.saveText')}
          </Text>
          <TextInput
            label={t('agenda.templates.name')}
            value={name}
            maxLength={SHORT_TEXT_MAX}
            data-autofocus
            error={error}
            onChange={(e) => {
              setName(e.currentTarget.value)
              setError(null)
            }}
            data-testid="template-name"
          />
          <ModalFooter onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  )
}
