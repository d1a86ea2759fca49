import { describe, expect, it } from 'vitest'
import { createSenderCheck, isProjectorPage } from './trustedSender'

const rendererUrl = 'app://pelatih/index.html'

describe('createSenderCheck in production', () => {
  const isTrusted = createSenderCheck({ rendererUrl })

  it('trusts the app-scheme page with or without a hash route', () => {
    expect(isTrusted(rendererUrl)).toBe(true)
    expect(isTrusted(`${rendererUrl}#/projector/abc`)).toBe(true)
    expect(isTrusted(`${rendererUrl}#`)).toBe(true)
  })

  it.each([
    'file:///opt/Pelatih/resources/app.asar/out/renderer/index.html',
    'app://pelatih/other.html',
    'app://pelatih/index.html?x=1',
    'app://evil/index.html',
    'app://pelatih.evil/index.html',
    'file:///opt/Pelatih/resources/app.asar/out/renderer/other.html',
    'file:///tmp/index.html',
    'file:///opt/Pelatih/resources/app.asar/out/renderer/index.html?x=1',
    'file://evil.example/opt/Pelatih/resources/app.asar/out/renderer/index.html',
    'https://example.com/out/renderer/index.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,hi',
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isTrusted(url)).toBe(false)
  })

  it('trusts nothing when the renderer URL is not of the app scheme', () => {
    expect(createSenderCheck({ rendererUrl: 'https://example.com/index.html' })('https://example.com/index.html')).toBe(false)
    expect(createSenderCheck({ rendererUrl: 'file:///app/index.html' })('file:///app/index.html')).toBe(false)
  })
})

describe('createSenderCheck in development', () => {
  const isTrusted = createSenderCheck({ rendererUrl, devServerUrl: 'http://localhost:5173' })

  it('trusts any page of the dev server origin only', () => {
    expect(isTrusted('http://localhost:5173/')).toBe(true)
    expect(isTrusted('http://localhost:5173/index.html#/trainings')).toBe(true)
    expect(isTrusted('http://localhost:5174/')).toBe(false)
    expect(isTrusted('http://127.0.0.1:5173/')).toBe(false)
    expect(isTrusted('https://localhost:5173/')).toBe(false)
    expect(isTrusted(rendererUrl)).toBe(false)
  })

  it('trusts nothing when the dev server URL is opaque or broken', () => {
    expect(createSenderCheck({ rendererUrl, devServerUrl: 'data:text/html,x' })('data:text/html,x')).toBe(false)
    expect(createSenderCheck({ rendererUrl, devServerUrl: '::' })('http://localhost/')).toBe(false)
  })
})

describe('isProjectorPage', () => {
  it('knows the projector window by its route, and nothing else', () => {
    expect(isProjectorPage('file:///app/out/renderer/index.html#/projector/training-1')).toBe(true)
    expect(isProjectorPage('file:///app/out/renderer/index.html#/trainings/training-1/run')).toBe(false)
    expect(isProjectorPage('file:///app/out/renderer/index.html')).toBe(false)
    expect(isProjectorPage('not a url #/projector/x')).toBe(false)
  })
})
