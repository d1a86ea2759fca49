import { Checkbox, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../../../shared/model/common'
import { GENDERS, type Participant } from '../../../../shared/model/participant'
import type { ParticipantInput } from '../../data/repositories/participantRepository'
import { EMPTY_PARTICIPANT, participantFormErrors, participantFormSchema } from './participantForm'
import { ModalFooter } from '../../ui/ModalFooter'

function inputOf(p: Participant): ParticipantInput {
  const { name, gender, organization, position, region, phone, email, notes, observer } = p
  return { name, gender, organization, position, region, phone, email, notes, observer }
}

/** Adds or edits one participant; Enter in a one-line field saves, Escape cancels. */
export function ParticipantModal({
  participant,
  onClose,
  onSave,
  organizations,
  regions,
}: {
  participant: Participant | null
  onClose: () => void
  onSave: (input: ParticipantInput) => Promise<unknown>
  organizations: string[]
  regions: string[]
}) {
  const { t } = useTranslation()
  const form = useForm<ParticipantInput>({
    mode: 'controlled',
    initialValues: participant ? inputOf(participant) : EMPTY_PARTICIPANT,
    validate: (values) => {
      const errors = participantFormErrors(values)
      return Object.fromEntries(
        Object.entries(errors).map(([field, key]) => [
          field,
          t(`participants.errors.${key}`, { max: field === 'notes' ? LONG_TEXT_MAX : SHORT_TEXT_MAX }),
        ]),
      )
    },
  })
  const datalist = (id: string, values: string[]) => (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  )

  return (
    <Modal opened onClose={onClose} title={participant ? t('participants.edit') : t('participants.add')} centered size="lg">
      <form
        noValidate
        data-testid="participant-form"
        onSubmit={form.onSubmit(async (values) => {
          await onSave(participantFormSchema.parse(values))
          onClose()
        })}
      >
        <Stack gap="sm">
          <TextInput label={t('participants.form.name')} required data-autofocus {...form.getInputProps('name')} />
          <div className="field-pair">
            <Select
              label={t('participants.form.gender')}
              allowDeselect={false}
              data={GENDERS.map((g) => ({ value: g, label: t(`participants.genders.${g}`) }))}
              {...form.getInputProps('gender')}
            />
            <TextInput label={t('participants.form.organization')} list="participant-orgs" {...form.getInputProps('organization')} />
          </div>
          <div className="field-pair">
            <TextInput label={t('participants.form.position')} {...form.getInputProps('position')} />
            <TextInput
              label={t('participants.form.region')}
              placeholder={t('participants.form.regionPlaceholder')}
              list="participant-regions"
              {...form.getInputProps('region')}
            />
          </div>
          <div className="field-pair">
            <TextInput label={t('participants.form.phone')} type="tel" {...form.getInputProps('phone')} />
            <TextInput label={t('participants.form.email')} type="email" {...form.getInputProps('email')} />
          </div>
          <Textarea
            label={t('participants.form.notes')}
            description={t('participants.form.notesHint')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('notes')}
          />
          <Checkbox
            label={t('participants.form.observer')}
            description={t('participants.form.observerHint')}
            {...form.getInputProps('observer', { type: 'checkbox' })}
          />
          {datalist('participant-orgs', organizations)}
          {datalist('participant-regions', regions)}
          <ModalFooter onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  )
}
