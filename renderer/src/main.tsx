import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './app/app.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { createI18n } from './app/i18n'
import { createDb } from './data/db'
import { getBridge } from './platform/bridge'

async function start(): Promise<void> {
  const i18n = await createI18n()
  const root = document.getElementById('root')
  if (!root) throw new Error('no #root element')
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} db={createDb()} bridge={getBridge()} />
    </StrictMode>,
  )
}

void start()
