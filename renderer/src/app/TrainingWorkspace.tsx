import { Anchor, Center, Loader, Stack, Tabs, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { useTraining } from '../data/hooks/useTrainings'
import { CrashProbe } from './CrashProbe'
import { ErrorBoundary } from './ErrorBoundary'
import { WORKSPACE_TABS as TABS } from './workspaceTabs'

/** One training: its title and the tabs of its workspace; the active tab is part of the route. */
export function TrainingWorkspace() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { trainingId, tab } = useParams()
  const training = useTraining(trainingId)
  const active = TABS.find((x) => x.key === tab) ?? TABS[0]

  if (training === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    )
  }
  if (training === null || !active) {
    return (
      <Stack align="center" py="xl">
        <Text>{t('app.notFound')}</Text>
        <Anchor component={Link} to="/">
          {t('app.backToList')}
        </Anchor>
      </Stack>
    )
  }

  return (
    <Stack gap="md">
      <Title order={1} size="h2" className="workspace-title" data-testid="workspace-title">
        {training.title || t('trainings.untitled')}
      </Title>
      <Tabs value={active.key} onChange={(value) => value && void navigate(`/trainings/${training.id}/${value}`)} keepMounted={false}>
        <Tabs.List className="workspace-tabs">
          {TABS.map((x) => (
            <Tabs.Tab key={x.key} value={x.key} leftSection={x.icon}>
              {t(`workspace.tabs.${x.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((x) => (
          <Tabs.Panel key={x.key} value={x.key} pt="lg">
            {/* A tab that fails shows the recovery screen; the title and the other tabs keep working. */}
            <ErrorBoundary scope="tab" where={`tab ${x.key}`}>
              <CrashProbe name={x.key} />
              {x.render(training)}
            </ErrorBoundary>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  )
}
