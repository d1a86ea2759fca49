import { Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { SHORT_TEXT_MAX } from '../../../../shared/model/common'
import { TEAM_ROLES, type TeamMember } from '../../../../shared/model/teamMember'
import type { TeamMemberInput } from '../../data/repositories/teamMemberRepository'
import { ModalFooter } from '../../ui/ModalFooter'

const EMPTY: TeamMemberInput = { name: '', role: 'trainer', organization: '', bio: '', contact: '' }

/** Adds or edits a team member; Enter in a one-line field saves. */
export function TeamMemberModal({
  member,
  opened,
  onClose,
  onSave,
}: {
  member: TeamMember | null
  opened: boolean
  onClose: () => void
  onSave: (input: TeamMemberInput) => Promise<unknown>
}) {
  const { t } = useTranslation()
  const form = useForm<TeamMemberInput>({
    mode: 'controlled',
    initialValues: member
      ? { name: member.name, role: member.role, organization: member.organization, bio: member.bio, contact: member.contact }
      : EMPTY,
    validate: {
      name: (v) =>
        v.trim() === ''
          ? t('team.errors.nameRequired')
          : v.length > SHORT_TEXT_MAX
            ? t('team.errors.tooLong', { max: SHORT_TEXT_MAX })
            : null,
      organization: (v) => (v.length > SHORT_TEXT_MAX ? t('team.errors.tooLong', { max: SHORT_TEXT_MAX }) : null),
      contact: (v) => (v.length > SHORT_TEXT_MAX ? t('team.errors.tooLong', { max: SHORT_TEXT_MAX }) : null),
    },
  })
  return (
    <Modal opened={opened} onClose={onClose} title={member ? t('team.edit') : t('team.add')} centered size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          await onSave({ ...values, name: values.name.trim() })
          onClose()
        })}
      >
        <Stack>
          <TextInput label={t('team.name')} required data-autofocus {...form.getInputProps('name')} />
          <Group grow align="flex-start">
            <Select
              label={t('team.role')}
              allowDeselect={false}
              data={TEAM_ROLES.map((r) => ({ value: r, label: t(`team.roles.${r}`) }))}
              {...form.getInputProps('role')}
            />
            <TextInput label={t('team.organization')} {...form.getInputProps('organization')} />
          </Group>
          <TextInput label={t('team.contact')} {...form.getInputProps('contact')} />
          <Textarea label={t('team.bio')} description={t('team.bioHint')} autosize minRows={3} {...form.getInputProps('bio')} />
          <ModalFooter onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  )
}
