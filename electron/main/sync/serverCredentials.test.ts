import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createServerCredentials, type SecretBox } from './serverCredentials'

/** A stand-in for safeStorage: seals by reversing and tagging, so a test can see the file never holds the password. */
function fakeBox(available = true): SecretBox {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
    decryptString: (sealed) => {
      const text = sealed.toString()
      if (!text.startsWith('sealed:')) throw new Error('not sealed here')
      return [...text.slice(7)].reverse().join('')
    },
  }
}

async function place() {
  return join(await mkdtemp(join(tmpdir(), 'pelatih-server-')), 'organisation-server.json')
}

describe('the organisation server settings', () => {
  it('keeps the password sealed by the OS and shows the settings screen only that one is kept', async () => {
    const file = await place()
    const store = createServerCredentials(file, fakeBox())
    const saved = await store.save({
      url: 'https://couch.yayasan.or.id/',
      username: ' ana ',
      password: 'rahasia-sekali',
      confirmLocal: false,
    })
    expect(saved).toEqual({ ok: true, value: { url: 'https://couch.yayasan.or.id', username: 'ana', hasPassword: true, local: false } })
    expect(await readFile(file, 'utf8')).not.toContain('rahasia-sekali')
    expect(await store.read()).toEqual({ url: 'https://couch.yayasan.or.id', username: 'ana', hasPassword: true, local: false })
    expect(await store.password()).toBe('rahasia-sekali')
    // Saving again without a new password keeps the one stored.
    await store.save({ url: 'https://couch.yayasan.or.id', username: 'budi', password: null, confirmLocal: false })
    expect(await store.password()).toBe('rahasia-sekali')
    await store.forget()
    expect(await store.read()).toBeNull()
    expect(await store.password()).toBeNull()
  })

  it('refuses what it must not keep, and writes nothing then', async () => {
    const file = await place()
    const store = createServerCredentials(file, fakeBox())
    expect(await store.save({ url: 'http://couch.yayasan.or.id', username: 'ana', password: 'x', confirmLocal: true })).toEqual({
      ok: false,
      reason: 'insecure',
    })
    expect(await store.save({ url: 'http://192.168.1.20:5984', username: 'ana', password: 'x', confirmLocal: false })).toEqual({
      ok: false,
      reason: 'confirmLocal',
    })
    expect(await store.save({ url: 'https://ana:x@couch.or.id', username: 'ana', password: 'x', confirmLocal: false })).toEqual({
      ok: false,
      reason: 'credentialsInAddress',
    })
    expect(await store.save({ url: 'https://couch.or.id', username: '  ', password: 'x', confirmLocal: false })).toEqual({
      ok: false,
      reason: 'noUser',
    })
    const noKeyring = createServerCredentials(file, fakeBox(false))
    expect(await noKeyring.save({ url: 'https://couch.or.id', username: 'ana', password: 'x', confirmLocal: false })).toEqual({
      ok: false,
      reason: 'noSecureStorage',
    })
    expect(await store.read()).toBeNull()
    expect(await store.save({ url: 'http://192.168.1.20:5984', username: 'ana', password: 'x', confirmLocal: true })).toMatchObject({
      ok: true,
      value: { local: true },
    })
  })

  it('a damaged settings file counts as none', async () => {
    const file = await place()
    await writeFile(file, '{"url": 12')
    const store = createServerCredentials(file, fakeBox())
    expect(await store.read()).toBeNull()
    expect(await store.password()).toBeNull()
  })
})
