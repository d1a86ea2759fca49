/* eslint-disable no-restricted-syntax -- these modules' own shape is a default export */
// The small part of PouchDB 9 the app and its tests use, typed here: @types/pouchdb-core (7.x)
// declares global Buffer and Blob interfaces that break Node's own Buffer type in this project.

declare module 'pouchdb-core' {
  /** A document as PouchDB reads and writes it. */
  export type PouchDocument = {
    _id: string
    _rev?: string
    _deleted?: boolean
    _revisions?: { readonly start: number; readonly ids: readonly string[] }
    _conflicts?: readonly string[]
    _attachments?: Record<string, PouchAttachment>
    [field: string]: unknown
  }

  /** An attachment: inline data when written, a stub (digest and length) when read without data. */
  export type PouchAttachment = {
    content_type: string
    data?: Blob | Uint8Array | string
    digest?: string
    length?: number
    stub?: boolean
    revpos?: number
  }

  /** One leaf asked for with `open_revs`. */
  export type OpenRevision = { ok: PouchDocument } | { missing: string }

  /** What a write of one document answered. */
  export type WriteResult = {
    ok?: boolean
    id?: string
    rev?: string
    error?: boolean | string
    name?: string
    message?: string
    status?: number
  }

  /** What a finished (or failed) replication reports. */
  export type ReplicationResult = {
    ok: boolean
    status: string
    docs_read: number
    docs_written: number
    doc_write_failures: number
    errors: unknown[]
    last_seq: number | string
  }

  /** A running replication: a promise of its result that can be cancelled. */
  export interface Replication extends Promise<ReplicationResult> {
    on(event: 'change' | 'complete' | 'error' | 'denied' | 'paused' | 'active', listener: (info: unknown) => void): this
    cancel(): void
  }

  export type ReplicateOptions = {
    live?: boolean
    retry?: boolean
    batch_size?: number
    batches_limit?: number
    back_off_function?: (delay: number) => number
    doc_ids?: string[]
    /** Where the checkpoints are kept: both databases (the default), only one, or none. */
    checkpoint?: 'source' | 'target' | false
    /** Start from this sequence of the source instead of a stored checkpoint. */
    since?: number | string
  }

  export type ChangesResponse = {
    results: { id: string; seq: number | string; changes: { rev: string }[]; deleted?: boolean }[]
    last_seq: number | string
  }

  /** The HTTP client options of a remote database. */
  export type PouchOptions = {
    adapter?: string
    auth?: { username: string; password: string }
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>
    skip_setup?: boolean
    revs_limit?: number
  }

  export interface PouchDatabase {
    readonly name: string
    info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>
    get(
      id: string,
      options: { open_revs: 'all' | string[]; revs?: boolean; attachments?: boolean; binary?: boolean },
    ): Promise<OpenRevision[]>
    get(
      id: string,
      options?: { rev?: string; revs?: boolean; conflicts?: boolean; attachments?: boolean; binary?: boolean },
    ): Promise<PouchDocument>
    put(doc: PouchDocument): Promise<WriteResult>
    bulkDocs(docs: PouchDocument[], options?: { new_edits?: boolean }): Promise<WriteResult[]>
    revsDiff(revisions: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>
    changes(options: {
      since?: number | string
      limit?: number
      style?: 'all_docs' | 'main_only'
      return_docs?: boolean
    }): Promise<ChangesResponse>
    getAttachment(docId: string, name: string, options?: { rev?: string }): Promise<Blob | Uint8Array>
    replicate: {
      to(target: PouchDatabase | string, options?: ReplicateOptions): Replication
      from(source: PouchDatabase | string, options?: ReplicateOptions): Replication
    }
    destroy(): Promise<unknown>
    close(): Promise<void>
  }

  /** A PouchDB plugin (an adapter, replication): applied once per constructor. */
  export type PouchPlugin = { readonly pouchPlugin?: never }

  export interface PouchConstructor {
    readonly prototype: PouchDatabase
    new (name: string, options?: PouchOptions): PouchDatabase
    plugin(plugin: PouchPlugin): PouchConstructor
    defaults(options: { adapter?: string; prefix?: string }): PouchConstructor
  }

  const PouchDB: PouchConstructor
  export default PouchDB
}

declare module 'pouchdb-adapter-idb' {
  import type { PouchPlugin } from 'pouchdb-core'
  const plugin: PouchPlugin
  export default plugin
}

declare module 'pouchdb-adapter-http' {
  import type { PouchPlugin } from 'pouchdb-core'
  const plugin: PouchPlugin
  export default plugin
}

declare module 'pouchdb-adapter-memory' {
  import type { PouchPlugin } from 'pouchdb-core'
  const plugin: PouchPlugin
  export default plugin
}

declare module 'pouchdb-replication' {
  import type { PouchPlugin } from 'pouchdb-core'
  const plugin: PouchPlugin
  export default plugin
}
