import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { z } from 'zod'
import { canonicalJson } from '../exchange/canonicalJson'

/**
 * How many ancestor hashes a row keeps. A merge can tell "descends from" only within this
 * depth; older histories meet as a conflict, which is shown, never lost.
 */
export const MAX_REVISIONS = 50

/** The device id given to rows migrated from schema version 1, made before devices had ids. */
export const LEGACY_DEVICE_ID = 'v1'

/** The fields revision bookkeeping adds to a row; they are not part of its content. */
export const REVISION_FIELDS = ['rev', 'revisions', 'deviceId'] as const

/** One revision hash: 32 lowercase hex digits (the first 128 bits of a SHA-256). */
export const revHashSchema = z.string().regex(/^[0-9a-f]{32}$/, 'revision hash must be 32 hex digits')

/** A revision as CouchDB writes it: `<generation>-<hash>`, generation counting from 1. */
export const revSchema = z.string().regex(/^[1-9]\d{0,8}-[0-9a-f]{32}$/, 'rev must be <generation>-<32 hex digits>')

/** The id of the device (an app install) that made an edit. */
export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'device id must be 1 to 64 letters, digits, - or _')

/**
 * Revision fields every stored row carries from schema version 2 on:
 * - `rev`: generation and hash of this version;
 * - `revisions`: this version's hash, then its ancestors' newest first (at most MAX_REVISIONS);
 * - `deviceId`: the device that made this version.
 */
export const revisionMeta = {
  rev: revSchema,
  revisions: z.array(revHashSchema).min(1).max(MAX_REVISIONS),
  deviceId: deviceIdSchema,
}

/** The revision fields of a row. */
export type RevisionFields = {
  readonly rev: string
  readonly revisions: readonly string[]
  readonly deviceId: string
}

/**
 * A row as the app handles it: the revision fields are optional, because code builds rows
 * without them and the commit stamps them (a row read from the database carries the ones it
 * was stored with; a commit replaces them). The stored schemas require them.
 */
export type Draft<R> = Omit<R, keyof RevisionFields> & Partial<Pick<R, Extract<keyof R, keyof RevisionFields>>>

/** The generation of a rev (`3-ab…` → 3). */
export function revGeneration(rev: string): number {
  return Number(rev.slice(0, rev.indexOf('-')))
}

/** The hash part of a rev (`3-ab…` → `ab…`). */
export function revHash(rev: string): string {
  return rev.slice(rev.indexOf('-') + 1)
}

/** A row without its revision fields: what the revision hash covers. */
export function rowContent(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const content: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row)) {
    if (!(REVISION_FIELDS as readonly string[]).includes(key)) content[key] = value
  }
  return content
}

/** A row without its revision fields, typed: what a copy of a row starts from. */
export function withoutRevision<R extends object>(row: R): Draft<R> {
  return rowContent(row as Readonly<Record<string, unknown>>) as Draft<R>
}

/**
 * The hash of a version: SHA-256 over the canonical JSON of the parent rev and the content,
 * cut to 128 bits. The same edit made on the same parent gets the same hash on every device,
 * so identical edits never count as a conflict.
 */
export function computeRevHash(content: Readonly<Record<string, unknown>>, parentRev: string | null): string {
  const text = canonicalJson({ parent: parentRev, content: rowContent(content) })
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 32)
}

/**
 * The revision fields of a new version of a row: one generation above `parent` (or the first
 * generation when there is none), its hash in front of the parent's history.
 */
export function nextRevision(content: Readonly<Record<string, unknown>>, parent: RevisionFields | null, deviceId: string): RevisionFields {
  const generation = parent === null ? 1 : revGeneration(parent.rev) + 1
  const hash = computeRevHash(content, parent?.rev ?? null)
  const revisions = [hash, ...(parent?.revisions ?? [])].slice(0, MAX_REVISIONS)
  return { rev: `${generation}-${hash}`, revisions, deviceId }
}
