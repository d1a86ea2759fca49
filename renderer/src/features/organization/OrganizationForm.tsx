import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../shared/model/organization'
import { useData } from '../../data/hooks/useData'
import type { DraftTarget } from '../../data/pendingDrafts'
import {
  deleteOrganization,
  restoreOrganization,
  updateOrganization,
  type OrganizationFields,
} from '../../data/repositories/organizationRepository'
import { AutosaveText } from '../../ui/AutosaveText'
import { notifyWithUndo } from '../../ui/notifyWithUndo'
import { EmailField } from './EmailField'
import { LogoField } from './LogoField'

/** Every field of one organisation profile, saved as the user types. */
export function OrganizationForm({ organization, trainings }: { organization: Organization; trainings: number }) {
  const { t } = useTranslation()
  const { data } = useData()
  const save = (patch: Partial<OrganizationFields>) => updateOrganization(data, organization.id, patch)
  const at = (field: keyof OrganizationFields): DraftTarget => ({ table: 'organizations', id: organization.id, field })
  const name = organization.name.trim() || t('organization.unnamed')
  return (
    <Paper withBorder p="md" component="section" aria-label={name} data-testid="org-profile">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Text size="sm" c="dimmed" data-testid="org-used-by">
            {trainings > 0 ? t('organization.usedBy', { count: trainings }) : t('organization.notUsed')}
          </Text>
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            leftSection={<IconTrash size={14} />}
            onClick={() => {
              void deleteOrganization(data, organization.id).then(() =>
                notifyWithUndo(t('organization.removed', { name }), t('app.undo'), () => restoreOrganization(data, organization.id)),
              )
            }}
          >
            {t('organization.remove')}
          </Button>
        </Group>
        <AutosaveText
          label={t('organization.name')}
          placeholder={t('organization.nameHint')}
          value={organization.name}
          onSave={(value) => save({ name: value })}
          draft={at('name')}
          testId="org-name"
        />
        <AutosaveText
          label={t('organization.address')}
          value={organization.address}
          onSave={(address) => save({ address })}
          draft={at('address')}
          testId="org-address"
        />
        <div className="field-pair">
          <AutosaveText
            label={t('organization.phone')}
            value={organization.phone}
            onSave={(phone) => save({ phone })}
            draft={at('phone')}
            testId="org-phone"
          />
          <EmailField label={t('organization.email')} value={organization.email} onSave={(email) => save({ email })} testId="org-email" />
          <AutosaveText
            label={t('organization.website')}
            value={organization.website}
            onSave={(website) => save({ website })}
            draft={at('website')}
            testId="org-website"
          />
        </div>
        <LogoField organization={organization} />
      </Stack>
    </Paper>
  )
}
