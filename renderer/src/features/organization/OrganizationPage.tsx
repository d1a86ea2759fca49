import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useData } from '../../data/hooks/useData'
import { useOrganizations } from '../../data/hooks/useOrganizations'
import { createOrganization } from '../../data/repositories/organizationRepository'
import { OrganizationForm } from './OrganizationForm'

/** The organisation profiles: the letterhead of every training run by one of them. */
export function OrganizationPage() {
  const { t } = useTranslation()
  const { data } = useData()
  const organizations = useOrganizations()
  if (organizations === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    )
  }
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={1} size="h2">
          {t('organization.title')}
        </Title>
        <Text c="dimmed" maw={760}>
          {t('organization.intro')}
        </Text>
      </div>
      {organizations.length === 0 && <Text data-testid="org-empty">{t('organization.empty')}</Text>}
      {organizations.map(({ organization, trainings }) => (
        <OrganizationForm key={organization.id} organization={organization} trainings={trainings} />
      ))}
      <div>
        <Button leftSection={<IconPlus size={18} />} onClick={() => void createOrganization(data)} data-testid="org-add">
          {t('organization.add')}
        </Button>
      </div>
    </Stack>
  )
}
