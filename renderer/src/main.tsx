import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './app/app.css'
import { MantineProvider } from '@mantine/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './app/App'
import { createI18n } from './app/i18n'
import { theme } from './app/theme'
import { createDb } from './data/db'
import { BridgeMissingError, getBridge } from './platform/bridge'
import { BridgeMissing } from './ui/BridgeMissing'

async function start(): Promise<void> {
  const i18n = await createI18n()
  const root = document.getElementById('root')
  if (!root) throw new Error('no #root element')
  let bridge: ReturnType<typeof getBridge>
  try {
    bridge = getBridge()
  } catch (error) {
    if (!(error instanceof BridgeMissingError)) throw error
    // Loud on purpose: an app that opened anyway would lose every save to a bridge that is not there.
    createRoot(root).render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} withCssVariables={false} withGlobalClasses={false}>
          <BridgeMissing details={error.message} />
        </MantineProvider>
      </I18nextProvider>,
    )
    return
  }
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} db={createDb()} bridge={bridge} />
    </StrictMode>,
  )
}

void start()
