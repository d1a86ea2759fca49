import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import { addParticipant, listParticipants, type ParticipantInput } from './participantRepository'
import { createTraining } from './trainingRepository'
import { listCaptureParticipants } from './captureReads'

const BASE: ParticipantInput = {
  name: '', gender: 'unstated', organization: '', position: '', region: '', phone: '', email: '', notes: '', observer: false,
}

describe('people on the Capture tab', () => {
  it('are listed in the same order as on the Participants tab', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'Pelatihan Fasilitator', startDate: '2026-12-01', days: 3 })
    for (const name of ['Peserta 10', 'ani', 'Peserta 2', 'Budi', 'Ádi', 'budiman']) {
      await addParticipant(ctx, t.id, { ...BASE, name })
    }
    const participantsTab = (await listParticipants(ctx.db, t.id)).map((p) => p.name)
    const captureTab = (await listCaptureParticipants(ctx.db, t.id)).map((p) => p.name)
    expect(participantsTab).toEqual(['Ádi', 'ani', 'Budi', 'budiman', 'Peserta 2', 'Peserta 10'])
    expect(captureTab).toEqual(participantsTab)
  })
})
