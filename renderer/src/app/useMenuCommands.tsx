import { useHotkeys } from '@mantine/hooks'
import { modals } from '@mantine/modals'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { hotkeyOf, MENU_SHORTCUTS } from '../../../shared/ipc/menuShortcuts'
import { useData } from '../data/hooks/useData'
import { switchLanguage } from './i18n'

/** The event the list page listens to for "New training" from the menu or Ctrl+N. */
export const NEW_TRAINING_EVENT = 'pelatih:new-training'

/** Wires the application menu's commands and their keyboard shortcuts to the app. */
export function useMenuCommands(): void {
  const { bridge } = useData()
  const navigate = useNavigate()
  const { t, i18n } = useTranslation()

  // The same keys the application menu shows (one table for both).
  useHotkeys([
    [hotkeyOf(MENU_SHORTCUTS['new-training']), () => requestNewTraining()],
    [hotkeyOf(MENU_SHORTCUTS['go-home']), () => void navigate('/')],
  ])

  // The application menu follows the language chosen in the app.
  const language = i18n.language === 'id' ? 'id' : 'en'
  useEffect(() => {
    void bridge.setMenuLanguage({ language })
  }, [bridge, language])

  function requestNewTraining(): void {
    void navigate('/')
    window.setTimeout(() => window.dispatchEvent(new Event(NEW_TRAINING_EVENT)), 0)
  }

  useEffect(() => {
    return bridge.onMenuCommand((command) => {
      if (command === 'new-training') requestNewTraining()
      else if (command === 'go-home') void navigate('/')
      else if (command === 'toggle-language') void switchLanguage(i18n, i18n.language === 'id' ? 'en' : 'id')
      else if (command === 'show-about') {
        void bridge.getAppInfo().then((info) => {
          if (!info.ok) return
          modals.open({
            title: t('app.about'),
            children: (
              <>
                <p>{t('app.aboutText', { version: info.value.version, platform: info.value.platform, folder: info.value.dataFolder })}</p>
                {info.value.logFile && <p data-testid="about-log-file">{t('app.aboutLog', { file: info.value.logFile })}</p>}
              </>
            ),
          })
        })
      }
    })
  })
}
