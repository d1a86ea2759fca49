import { describe, expect, it } from 'vitest'
import { readAppInfo } from './appChannels'

const facts = {
  getName: () => 'Pelatih',
  getVersion: () => '0.1.0',
  getLocale: () => 'en-US',
  getPreferredSystemLanguages: () => ['id-ID', 'en-US'],
  getPath: () => '/home/trainer/.config/Pelatih',
}

describe('readAppInfo', () => {
  it('describes the app with the first system language', () => {
    expect(readAppInfo(facts, 'linux', '/home/trainer/.config/Pelatih/logs/main.log')).toEqual({
      name: 'Pelatih',
      version: '0.1.0',
      platform: 'linux',
      locale: 'id-ID',
      dataFolder: '/home/trainer/.config/Pelatih',
      logFile: '/home/trainer/.config/Pelatih/logs/main.log',
    })
  })

  it('falls back to the UI locale when the system lists no language', () => {
    expect(readAppInfo({ ...facts, getPreferredSystemLanguages: () => [] }, 'win32').locale).toBe('en-US')
  })
})
