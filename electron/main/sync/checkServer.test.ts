import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { checkServer } from './checkServer'

const LOGIN = { username: 'ana', password: 'rahasia-sekali' }
let server: Server | null = null

afterEach(async () => {
  const open = server
  server = null
  if (open) await new Promise((resolve) => open.close(resolve))
})

/** A stand-in for a CouchDB server: its welcome, _session, and one database the user may or may not open. */
async function fakeCouch(welcome: unknown, database: { name: string; status: number } = { name: 'pelatih-t1', status: 200 }) {
  const seen: string[] = []
  server = createServer((req, res) => {
    seen.push(`${req.url ?? ''} ${req.headers.authorization ?? ''}`)
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
    const loggedIn = req.headers.authorization === `Basic ${Buffer.from(`${LOGIN.username}:${LOGIN.password}`).toString('base64')}`
    if (req.url === '/') send(200, welcome)
    else if (req.url === '/_session')
      send(loggedIn ? 200 : 401, loggedIn ? { ok: true, userCtx: { name: 'ana', roles: [] } } : { error: 'unauthorized' })
    else if (req.url === `/${database.name}`) send(database.status, {})
    else send(404, { error: 'not_found' })
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }
}

const COUCH = { couchdb: 'Welcome', version: '3.4.2', vendor: { name: 'The Apache Software Foundation' } }

describe('test connection says plainly what is wrong', () => {
  it('a CouchDB 3 server with the right password and an open database passes', async () => {
    const { url } = await fakeCouch(COUCH)
    expect(await checkServer(url, LOGIN, 'pelatih-t1')).toEqual({ ok: true, version: '3.4.2', user: 'ana' })
  })

  it('no answer: unreachable', async () => {
    const { url } = await fakeCouch(COUCH)
    await new Promise((resolve) => server?.close(resolve))
    server = null
    expect(await checkServer(url, LOGIN)).toEqual({ ok: false, problem: 'unreachable' })
  })

  it('a web page, or JSON of another kind: not CouchDB', async () => {
    expect(await checkServer((await fakeCouch('<html>Selamat datang</html>')).url, LOGIN)).toEqual({ ok: false, problem: 'notCouchDb' })
  })

  it('CouchDB 2: too old', async () => {
    expect(await checkServer((await fakeCouch({ couchdb: 'Welcome', version: '2.3.1' })).url, LOGIN)).toEqual({
      ok: false,
      problem: 'tooOld',
    })
  })

  it('a wrong password: unauthorized, and the password is sent only in the Authorization header', async () => {
    const { url, seen } = await fakeCouch(COUCH)
    expect(await checkServer(url, { username: 'ana', password: 'salah' })).toEqual({ ok: false, problem: 'unauthorized' })
    expect(seen.some((line) => line.includes('salah'))).toBe(false)
  })

  it('a database the user may not open: forbidden; one that is not there: missing', async () => {
    const closed = await fakeCouch(COUCH, { name: 'pelatih-t1', status: 403 })
    expect(await checkServer(closed.url, LOGIN, 'pelatih-t1')).toEqual({ ok: false, problem: 'forbidden' })
    await new Promise((resolve) => server?.close(resolve))
    const open = await fakeCouch(COUCH)
    expect(await checkServer(open.url, LOGIN, 'pelatih-t2')).toEqual({ ok: false, problem: 'missingDatabase' })
  })
})
