import { Group, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, Outlet } from 'react-router'
import { LanguageSwitch } from '../ui/LanguageSwitch'
import { RecoveryNotice } from '../ui/RecoveryNotice'
import { SaveIndicator } from '../ui/SaveIndicator'
import { useMenuCommands } from './useMenuCommands'

/** The frame around every screen: brand, save state, language, and the recovery notice. */
export function AppLayout() {
  const { t } = useTranslation()
  useMenuCommands()
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
