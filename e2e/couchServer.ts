import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import expressPouchdb from 'express-pouchdb'
import PouchDB from 'pouchdb-core'
import http from 'pouchdb-adapter-http'
import memory from 'pouchdb-adapter-memory'
import replication from 'pouchdb-replication'

/**
 * What a test can make one database of the server do, from the next request on, or after
 * `afterRequests` requests (counting only those whose path holds `onPath`, when given: e.g.
 * `_bulk_get`, one per batch of documents a replication fetches).
 */
export type CouchFault = { onPath?: string } &
  /** The server is gone: the connection is cut without an answer. */
  (
    | { kind: 'down'; afterRequests?: number }
    /** The password stopped working: 401 like CouchDB's. */
    | { kind: 'unauthorized'; afterRequests?: number }
    /** The user may not read or write this database: 403 like CouchDB's. */
    | { kind: 'forbidden'; afterRequests?: number }
    /** Every answer waits this long. */
    | { kind: 'slow'; delayMs: number; afterRequests?: number }
  )

/** A CouchDB-compatible server on loopback for tests (PouchDB's express server, in memory). */
export type CouchServer = {
  /** The server's root, `http://127.0.0.1:<port>`. */
  readonly url: string
  /** How many requests reached a database so far. */
  requestCount(db: string): number
  /** Makes requests to a database fail as `fault` says, or behave again with null. */
  setFault(db: string, fault: CouchFault | null): void
  close(): Promise<void>
}

/**
 * The path of the test-only control endpoint: `PUT <url>/_pelatih_fault/<db>` with a CouchFault,
 * DELETE to clear, GET for `{ requests }`, how many requests reached the database (counted from
 * the last fault set).
 */
export const FAULT_PATH = '/_pelatih_fault/'

// One configured constructor per process: a plugin applied twice throws.
let serverPouch: ReturnType<typeof PouchDB.defaults> | null = null
function pouchForServer() {
  serverPouch ??= PouchDB.plugin(memory).plugin(http).plugin(replication).defaults({ adapter: 'memory' })
  return serverPouch
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
}

function authorised(req: IncomingMessage, users: Readonly<Record<string, string>>): boolean {
  const header = req.headers.authorization ?? ''
  if (!header.startsWith('Basic ')) return false
  const [name, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':')
  return name !== undefined && Object.hasOwn(users, name) && users[name] === rest.join(':')
}

/**
 * Starts the server on 127.0.0.1 (a free port). With `users`, every request must carry one of
 * them (HTTP basic auth), or gets CouchDB's 401. Databases live in memory and are created on
 * first use, as a CouchDB admin would create a training's database.
 */
export async function startCouchServer(options: { users?: Readonly<Record<string, string>> } = {}): Promise<CouchServer> {
  const app = expressPouchdb(pouchForServer(), { mode: 'minimumForPouchDB', inMemoryConfig: true })
  const faults = new Map<string, CouchFault>()
  const counts = new Map<string, number>()
  const sockets = new Set<Socket>()

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (path.startsWith(FAULT_PATH)) {
      const db = decodeURIComponent(path.slice(FAULT_PATH.length))
      if (req.method === 'GET') {
        send(res, 200, { requests: counts.get(db) ?? 0 })
        return
      }
      if (req.method === 'DELETE') {
        faults.delete(db)
        send(res, 200, { ok: true })
        return
      }
      void readJson(req).then((fault) => {
        faults.set(db, fault as CouchFault)
        counts.set(db, 0)
        send(res, 200, { ok: true })
      })
      return
    }
    if (options.users !== undefined && !authorised(req, options.users)) {
      send(res, 401, { error: 'unauthorized', reason: 'Name or password is incorrect.' })
      return
    }
    const db = decodeURIComponent(path.split('/')[1] ?? '')
    const fault = faults.get(db)
    const counted = fault?.onPath === undefined || path.includes(fault.onPath)
    const count = (counts.get(db) ?? 0) + (counted ? 1 : 0)
    counts.set(db, count)
    if (fault === undefined || !counted || count <= (fault.afterRequests ?? 0)) {
      app(req, res)
      return
    }
    if (fault.kind === 'down') req.socket.destroy()
    else if (fault.kind === 'unauthorized') send(res, 401, { error: 'unauthorized', reason: 'Name or password is incorrect.' })
    else if (fault.kind === 'forbidden') send(res, 403, { error: 'forbidden', reason: 'You are not allowed to access this db.' })
    else setTimeout(() => app(req, res), fault.delayMs)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requestCount: (db) => counts.get(db) ?? 0,
    setFault: (db, fault) => {
      if (fault === null) faults.delete(db)
      else {
        faults.set(db, fault)
        counts.set(db, 0)
      }
    },
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
