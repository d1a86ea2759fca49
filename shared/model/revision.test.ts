import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { MAX_REVISIONS, computeRevHash, nextRevision, revGeneration, revHash, revisionMeta, rowContent } from './revision'

const revisionSchema = z.object(revisionMeta)
const session = { id: 's1', trainingId: 't1', title: 'Analisis sosial', createdAt: 1, updatedAt: 2, deletedAt: null }

describe('row revisions', () => {
  it('starts at generation 1 with the hash as the only history', () => {
    const first = nextRevision(session, null, 'laptop-a')
    expect(revGeneration(first.rev)).toBe(1)
    expect(first.revisions).toEqual([revHash(first.rev)])
    expect(revisionSchema.safeParse(first).success).toBe(true)
  })

  it('counts generations and keeps the ancestors newest first', () => {
    const first = nextRevision(session, null, 'laptop-a')
    const edited = { ...session, title: 'Analisis sosial (revisi)', updatedAt: 3 }
    const second = nextRevision(edited, first, 'laptop-b')
    expect(revGeneration(second.rev)).toBe(2)
    expect(second.revisions).toEqual([revHash(second.rev), revHash(first.rev)])
    expect(second.deviceId).toBe('laptop-b')
  })

  it('gives the same edit on the same parent the same rev on every device, and ignores the revision fields', () => {
    const first = nextRevision(session, null, 'laptop-a')
    const a = nextRevision({ ...session, title: 'X', ...first }, first, 'laptop-a')
    const b = nextRevision({ ...session, title: 'X' }, first, 'laptop-b')
    expect(a.rev).toBe(b.rev)
    expect(rowContent({ ...session, ...first })).toEqual(session)
  })

  it('gives different content or a different parent a different hash', () => {
    expect(computeRevHash(session, null)).not.toBe(computeRevHash({ ...session, title: 'Y' }, null))
    expect(computeRevHash(session, null)).not.toBe(computeRevHash(session, '1-' + '0'.repeat(32)))
  })

  it('keeps at most MAX_REVISIONS ancestors', () => {
    let fields = nextRevision(session, null, 'laptop-a')
    for (let i = 0; i < MAX_REVISIONS + 10; i++) fields = nextRevision({ ...session, updatedAt: i }, fields, 'laptop-a')
    expect(fields.revisions).toHaveLength(MAX_REVISIONS)
    expect(revGeneration(fields.rev)).toBe(MAX_REVISIONS + 11)
    expect(revisionSchema.safeParse(fields).success).toBe(true)
  })

  it('refuses malformed revision fields', () => {
    expect(revisionSchema.safeParse({ rev: '0-' + 'a'.repeat(32), revisions: ['a'.repeat(32)], deviceId: 'x' }).success).toBe(false)
    expect(revisionSchema.safeParse({ rev: '1-XYZ', revisions: ['a'.repeat(32)], deviceId: 'x' }).success).toBe(false)
    expect(revisionSchema.safeParse({ rev: '1-' + 'a'.repeat(32), revisions: [], deviceId: 'x' }).success).toBe(false)
    expect(revisionSchema.safeParse({ rev: '1-' + 'a'.repeat(32), revisions: ['a'.repeat(32)], deviceId: '../x' }).success).toBe(false)
  })
})
