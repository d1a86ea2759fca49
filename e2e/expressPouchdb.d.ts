/* eslint-disable no-restricted-syntax -- the module's own shape is a default export */
// express-pouchdb ships no types; this is the one call the test server makes.
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http'
  import type { PouchConstructor } from 'pouchdb-core'
  type Options = { mode: 'minimumForPouchDB' | 'fullCouchDB'; inMemoryConfig?: boolean; logPath?: string }
  const expressPouchdb: (pouch: PouchConstructor, options: Options) => (req: IncomingMessage, res: ServerResponse) => void
  export default expressPouchdb
}
