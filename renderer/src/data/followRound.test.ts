import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTestContext } from './__fixtures__/testContext'
import { createCommit } from './commit'
import type { DataContext } from './dataContext'
import { createDb, type PelatihDb } from './db'
import { followRound, type RoundBoard } from './followRound'
import { addIdea, addRound, removeIdea, voteIdea } from './repositories/brainstormRepository'
import { createRowAnnouncer, type RowAnnouncer } from './rowChannel'
import { setCardReview } from './venue/cardReview'
import { commitVenueItem } from './venue/commitVenueItem'
import { CLOSED_ROOM } from './venue/venueRoom'

const session = { id: 's1', trainingId: 't1' }
const open: (() => void)[] = []

afterEach(() => {
  for (const close of open.splice(0)) close()
})

/** The trainer's window (a commit path that announces) and the projector's (its own connection, following one round). */
async function twoWindows() {
  const ctx = createTestContext()
  const announcer = createRowAnnouncer(ctx.dbName) as RowAnnouncer
  open.push(() => announcer.close())
  const trainer: DataContext = { ...ctx, commit: createCommit(ctx.db, ctx.bridge, ctx.status, undefined, { announce: announcer }) }
  const round = await addRound(trainer, session, 'Apa hambatan pekerja rumahan?')
  for (const text of ['Upah rendah', 'Tidak ada kontrak', 'Takut kehilangan order'])
    await addIdea(trainer, round, { text, author: '', group: '' })
  const projectorDb: PelatihDb = createDb(ctx.dbName)
  const reads = vi.spyOn(projectorDb, 'transaction')
  let board: RoundBoard | null = null
  open.push(followRound(projectorDb, round.id, (next) => (board = next)))
  const texts = () => board?.ideas.map((i) => i.text) ?? null
  await expect.poll(texts).toEqual(['Upah rendah', 'Tidak ada kontrak', 'Takut kehilangan order'])
  return { ctx, trainer, round, reads, board: () => board, texts }
}

describe('followRound', () => {
  it('leaves out a phone’s card held for review until the trainer approves it, and a card the trainer hid', async () => {
    const w = await twoWindows()
    const room = { ...CLOSED_ROOM, cardRoundId: w.round.id, holdForReview: true }
    const send = (itemId: string, text: string) =>
      commitVenueItem(w.trainer, 't1', room, {
        deliveryId: itemId,
        deviceId: 'phone-1',
        deviceRole: 'participant',
        deviceName: null,
        item: { kind: 'card', itemId, roundId: w.round.id, text, group: '' },
      })
    expect(await send('00000000-0000-4000-8000-000000000001', 'Kata kasar')).toEqual({ status: 'received' })
    expect(await send('00000000-0000-4000-8000-000000000002', 'Upah harus layak')).toEqual({ status: 'received' })
    const ids = new Map((await w.ctx.db.ideas.toArray()).map((i) => [i.text, i.id]))
    await addIdea(w.trainer, w.round, { text: 'Diketik pelatih', author: '', group: '' })
    await expect.poll(w.texts).toEqual(['Upah rendah', 'Tidak ada kontrak', 'Takut kehilangan order', 'Diketik pelatih'])
    await setCardReview(w.trainer, ids.get('Upah harus layak') ?? '', 'shown')
    await expect
      .poll(w.texts)
      .toEqual(['Upah rendah', 'Tidak ada kontrak', 'Takut kehilangan order', 'Upah harus layak', 'Diketik pelatih'])
    await setCardReview(w.trainer, ids.get('Upah harus layak') ?? '', 'hidden')
    await expect.poll(w.texts).toEqual(['Upah rendah', 'Tidak ada kontrak', 'Takut kehilangan order', 'Diketik pelatih'])
  })

  it('applies the cards the trainer adds, votes on and deletes without reading the round again', async () => {
    const w = await twoWindows()
    const readsAtStart = w.reads.mock.calls.length
    const first = w.board()?.ideas[0]

    const added = await addIdea(w.trainer, w.round, { text: 'Perantara melarang berkumpul', author: 'Siti', group: '' })
    await expect.poll(w.texts).toEqual(['Upah rendah', 'Tidak ada kontrak', 'Takut kehilangan order', 'Perantara melarang berkumpul'])
    await voteIdea(w.trainer, added.id, 1)
    await expect.poll(() => w.board()?.ideas.find((i) => i.id === added.id)?.votes).toBe(1)
    await removeIdea(w.trainer, added.id)
    await expect.poll(w.texts).toEqual(['Upah rendah', 'Tidak ada kontrak', 'Takut kehilangan order'])

    expect(w.reads.mock.calls.length).toBe(readsAtStart)
    // A card that did not change is the same object, so it need not render again.
    expect(w.board()?.ideas[0]).toBe(first)
  })

  it('reads the round again when the trainer window restarts, so rows written unannounced show', async () => {
    const w = await twoWindows()
    // Written without an announcement, as the journal replay at the trainer's start does.
    await addIdea(w.ctx, w.round, { text: 'Tidak tahu hak sebagai pekerja', author: '', group: '' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(w.texts()).toHaveLength(3)

    const restarted = createRowAnnouncer(w.ctx.dbName) as RowAnnouncer
    open.push(() => restarted.close())
    restarted.reset()
    await expect.poll(w.texts).toEqual(['Upah rendah', 'Tidak ada kontrak', 'Takut kehilangan order', 'Tidak tahu hak sebagai pekerja'])

    // And its commits are followed from there on.
    const trainer: DataContext = {
      ...w.ctx,
      commit: createCommit(w.ctx.db, w.ctx.bridge, w.ctx.status, undefined, { announce: restarted }),
    }
    await addIdea(trainer, w.round, { text: 'Jarak rumah berjauhan', author: '', group: '' })
    await expect.poll(() => w.texts()?.at(-1)).toBe('Jarak rumah berjauhan')
  })
})
