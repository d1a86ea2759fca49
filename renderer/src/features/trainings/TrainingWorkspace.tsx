import { Anchor, Center, Loader, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { Training } from '../../../../shared/model/training'
import { OverviewTab } from './OverviewTab'
import { useTraining } from './useTrainings'

type TabKey = 'overview'

/** The workspace tabs; each capability adds its tab here when it lands. */
const TABS: { key: TabKey; icon: ReactNode; render(training: Training): ReactNode }[] = [
  { key: 'overview', icon: <IconInfoCircle size={16} />, render: (training) => <OverviewTab key={training.id} training={training} /> },
]

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
      <Title order={1} size="h2" data-testid="workspace-title">
        {training.title || t('trainings.untitled')}
      </Title>
      <Tabs value={active.key} onChange={(value) => value && void navigate(`/trainings/${training.id}/${value}`)} keepMounted={false}>
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x.key} value={x.key} leftSection={x.icon}>
              {t(`workspace.tabs.${x.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((x) => (
          <Tabs.Panel key={x.key} value={x.key} pt="lg">
            {x.render(training)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  )
}
