import { describe, expect, it } from 'vitest'
import { ROW_BUILDERS, oneRowPerTable } from '../exchange/__fixtures__/rowBuilders'
import { editedBy } from '../model/__fixtures__/withRevision'
import { readRowDocument } from './readRowDocument'
import { rowToDocument, SYNC_TABLES } from './syncDocument'

describe('rows as CouchDB documents', () => {
  it('carries every table of a training to a document named table:id with the row revision as _rev, and back unchanged', () => {
    const tables = oneRowPerTable()
    for (const table of SYNC_TABLES) {
      for (const row of tables[table]) {
        const doc = rowToDocument(table, row)
        expect(doc._id).toBe(`${table}:${row.id}`)
        expect(doc._rev).toBe(row.rev)
        const read = readRowDocument(JSON.parse(JSON.stringify(doc)), 'tr-1')
        expect(read).toEqual({ ok: true, table, row })
      }
    }
  })

  it('gives CouchDB the row history as the ancestry, one hash per generation', () => {
    const first = ROW_BUILDERS.ideas('i-1')
    const third = editedBy(editedBy(first, { text: 'dua' }, 'laptop-a'), { text: 'tiga' }, 'laptop-a')
    const doc = rowToDocument('ideas', third)
    expect(doc._revisions).toEqual({ start: 3, ids: third.revisions })
    expect(doc._revisions.ids).toHaveLength(3)
  })

  it('keeps templates and organisation profiles out of a training database', () => {
    const doc = rowToDocument('templates', ROW_BUILDERS.templates('tpl-1'))
    expect(readRowDocument(doc, 'tr-1')).toMatchObject({ ok: false, refusal: { reason: { code: 'sync.refused.notOurs' } } })
  })
})

describe('a document from the server is trusted only once checked', () => {
  const good = () => JSON.parse(JSON.stringify(rowToDocument('ideas', ROW_BUILDERS.ideas('i-1')))) as Record<string, unknown>

  it('sets aside a document of a foreign shape, naming it', () => {
    const read = readRowDocument({ _id: 'agenda', _rev: '1-abc', title: 'not ours' }, 'tr-1')
    expect(read).toEqual({
      ok: false,
      refusal: { docId: 'agenda', rev: '1-abc', reason: { code: 'sync.refused.notOurs', params: { docId: 'agenda' } } },
    })
    expect(readRowDocument(null, 'tr-1').ok).toBe(false)
    expect(readRowDocument({ ...good(), pelatih: { table: 'ideas', schemaVersion: 'x' } }, 'tr-1').ok).toBe(false)
    expect(readRowDocument({ ...good(), _id: 'ideas:other' }, 'tr-1').ok).toBe(false)
    expect(readRowDocument({ ...good(), _id: 'sessions:i-1', pelatih: { table: 'sessions', schemaVersion: 4 } }, 'tr-1').ok).toBe(false)
  })

  it('refuses a row its schema refuses, naming the field', () => {
    const doc = good()
    const row = { ...(doc['row'] as Record<string, unknown>), votes: 'many' }
    const read = readRowDocument({ ...doc, row }, 'tr-1')
    expect(read).toMatchObject({
      ok: false,
      refusal: { docId: 'ideas:i-1', reason: { code: 'exchange.error.invalidRow', params: { field: 'votes' } } },
    })
  })

  it('refuses a document edited on the server by other means (its revision is not the row revision)', () => {
    const read = readRowDocument({ ...good(), _rev: `2-${'b'.repeat(32)}` }, 'tr-1')
    expect(read).toMatchObject({ ok: false, refusal: { reason: { code: 'sync.refused.editedOnServer' } } })
  })

  it('refuses a row of another training', () => {
    expect(readRowDocument(good(), 'tr-2')).toMatchObject({ ok: false, refusal: { reason: { code: 'sync.refused.otherTraining' } } })
    const training = rowToDocument('trainings', ROW_BUILDERS.trainings('tr-1'))
    expect(readRowDocument(training, 'tr-2').ok).toBe(false)
  })

  it('migrates a row written by an older version and refuses one from a newer version', () => {
    const photo = rowToDocument('photos', ROW_BUILDERS.photos('ph-1'))
    expect(readRowDocument({ ...photo, pelatih: { table: 'photos', schemaVersion: 3 } }, 'tr-1').ok).toBe(true)
    const newer = readRowDocument({ ...photo, pelatih: { table: 'photos', schemaVersion: 99 } }, 'tr-1')
    expect(newer).toMatchObject({ ok: false, refusal: { reason: { code: 'exchange.error.futureVersion' } } })
  })

  it('leaves out fields this version does not know rather than storing them', () => {
    const doc = good()
    const read = readRowDocument({ ...doc, row: { ...(doc['row'] as Record<string, unknown>), mood: 'happy' } }, 'tr-1')
    expect(read.ok && 'mood' in read.row).toBe(false)
  })
})
