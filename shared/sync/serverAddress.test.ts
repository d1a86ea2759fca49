import { describe, expect, it } from 'vitest'
import { checkServerAddress, isLocalHost } from './serverAddress'

describe('the organisation server address', () => {
  it('takes HTTPS anywhere, in one spelling', () => {
    expect(checkServerAddress(' https://couch.yayasan.or.id/ ')).toEqual({ ok: true, url: 'https://couch.yayasan.or.id', kind: 'secure' })
    expect(checkServerAddress('https://yayasan.or.id/couchdb//')).toEqual({
      ok: true,
      url: 'https://yayasan.or.id/couchdb',
      kind: 'secure',
    })
  })

  it('takes plain HTTP only to this computer or a private network, to be confirmed', () => {
    for (const address of [
      'http://127.0.0.1:5984',
      'http://localhost:5984',
      'http://192.168.1.20:5984',
      'http://10.0.0.5',
      'http://172.20.1.1',
      'http://[::1]:5984',
      'http://kantor.local:5984',
    ]) {
      expect(checkServerAddress(address)).toMatchObject({ ok: true, kind: 'local' })
    }
  })

  it('refuses plain HTTP to the internet, other schemes, and a password in the address', () => {
    expect(checkServerAddress('http://couch.yayasan.or.id')).toEqual({ ok: false, reason: 'insecure' })
    expect(checkServerAddress('http://172.32.0.1')).toEqual({ ok: false, reason: 'insecure' })
    expect(checkServerAddress('http://8.8.8.8:5984')).toEqual({ ok: false, reason: 'insecure' })
    expect(checkServerAddress('ftp://192.168.1.2')).toEqual({ ok: false, reason: 'notAnAddress' })
    expect(checkServerAddress('couch.yayasan.or.id')).toEqual({ ok: false, reason: 'notAnAddress' })
    expect(checkServerAddress('')).toEqual({ ok: false, reason: 'notAnAddress' })
    expect(checkServerAddress('https://ana:rahasia@couch.yayasan.or.id')).toEqual({ ok: false, reason: 'credentialsInAddress' })
  })

  it('knows a private address without asking DNS', () => {
    expect(isLocalHost('192.168.0.1')).toBe(true)
    expect(isLocalHost('192.169.0.1')).toBe(false)
    expect(isLocalHost('couch.example.org')).toBe(false)
  })
})
