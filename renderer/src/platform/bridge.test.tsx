import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { createI18n } from '../app/i18n'
import { BridgeMissing } from '../ui/BridgeMissing'
import { BridgeMissingError, getBridge, mayUseBrowserBridge, setBridge } from './bridge'

afterEach(() => setBridge(null))

describe('which bridge the page gets', () => {
  it.each([
    ['app:', 'pelatih'],
    ['file:', ''],
    ['https:', 'pelatih.example'],
    ['http:', '192.168.1.20'],
  ])('never falls back to HTTP on %s//%s, where a missing preload is a broken install', (protocol, hostname) => {
    expect(mayUseBrowserBridge({ protocol, hostname })).toBe(false)
  })

  it('falls back to HTTP only for a page served from this computer (the browser tests)', () => {
    expect(mayUseBrowserBridge({ protocol: 'http:', hostname: '127.0.0.1' })).toBe(true)
    expect(mayUseBrowserBridge({ protocol: 'http:', hostname: 'localhost' })).toBe(true)
  })

  it('uses the preload bridge whenever it is there', () => {
    const preload = { getAppInfo: () => Promise.reject(new Error('unused')) } as unknown as NonNullable<Window['pelatih']>
    window.pelatih = preload
    try {
      expect(getBridge()).toBe(preload)
    } finally {
      delete window.pelatih
    }
  })

  it('throws BridgeMissingError under the app scheme without the preload, instead of an HTTP bridge', () => {
    const appScheme = { protocol: 'app:', hostname: 'pelatih', host: 'pelatih', origin: 'app://pelatih' }
    expect(() => getBridge(appScheme)).toThrow(BridgeMissingError)
    expect(() => getBridge(appScheme)).toThrow('no desktop bridge on app://pelatih')
    const local = { protocol: 'http:', hostname: '127.0.0.1', host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000' }
    expect(typeof getBridge(local).appendJournal).toBe('function')
  })
})

describe('the missing-bridge screen', () => {
  it.each([
    ['en', /cannot reach its data folder/, /Nothing has been changed/],
    ['id', /tidak dapat menjangkau folder datanya/, /Tidak ada yang diubah/],
  ] as const)('says in %s that nothing can be saved, that data is safe, and what to do', async (language, title, body) => {
    const i18n = await createI18n(language)
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider>
          <BridgeMissing details="no desktop bridge on app://pelatih" />
        </MantineProvider>
      </I18nextProvider>,
    )
    const alert = screen.getByTestId('bridge-missing')
    expect(alert.textContent).toMatch(title)
    expect(alert.textContent).toMatch(body)
    expect(alert.textContent).toContain('no desktop bridge on app://pelatih')
  })
})
