import { ActionIcon, Group, Text, Tooltip, UnstyledButton } from '@mantine/core'
import { IconBuildingCommunity, IconDatabase } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet } from 'react-router'
import { LanguageSwitch } from '../ui/LanguageSwitch'
import { RecoveryNotice } from '../ui/RecoveryNotice'
import { SaveIndicator } from '../ui/SaveIndicator'
import { useKeepTime } from '../data/hooks/useKeepTime'
import { useMenuCommands } from './useMenuCommands'
import { useShellNotices } from './useShellNotices'

/** The frame around every screen: brand, save state, language, and the recovery notice. */
export function AppLayout() {
  const { t } = useTranslation()
  useMenuCommands()
  useShellNotices()
  useKeepTime()
  return (
    <>
      <header className="app-header">
        <UnstyledButton component={Link} to="/" aria-label={t('app.home')}>
          <Text size="lg" className="app-brand" c="teal.8">
            {t('app.name')}
          </Text>
        </UnstyledButton>
        <Group gap="lg" wrap="nowrap">
          <SaveIndicator />
          <Tooltip label={t('organization.open')}>
            <ActionIcon
              component={Link}
              to="/organizations"
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('organization.open')}
              data-testid="open-organizations"
            >
              <IconBuildingCommunity size={20} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('backup.open')}>
            <ActionIcon
              component={Link}
              to="/data"
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('backup.open')}
              data-testid="open-data"
            >
              <IconDatabase size={20} />
            </ActionIcon>
          </Tooltip>
          <LanguageSwitch />
        </Group>
      </header>
      <main className="app-main">
        <RecoveryNotice />
        <Outlet />
      </main>
    </>
  )
}
