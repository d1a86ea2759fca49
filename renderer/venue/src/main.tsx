import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { createVenueApi } from './api'
import { takeFragment } from './fragment'
import { createPhoneI18n, phoneLanguage } from './i18n'
import { Outbox } from './outbox'
import { PhoneApp } from './PhoneApp'
import './phone.css'

const api = createVenueApi()
const outbox = new Outbox({ storage: window.localStorage, api })
const root = document.getElementById('root')
// Taken before anything renders, so the secret leaves the address bar at once.
const fragment = takeFragment(window)
void createPhoneI18n(phoneLanguage(window.localStorage)).then((i18n) => {
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PhoneApp api={api} outbox={outbox} fragment={fragment} />
      </I18nextProvider>
    </StrictMode>,
  )
})
