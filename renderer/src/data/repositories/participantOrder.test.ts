import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import { addParticipant, listParticipants, type ParticipantInput } from './participantRepository'
import { createTraining } from './trainingRepository'

const BASE: ParticipantInput = {
  name: '',
  gender: 'unstated',
  organization: '',
  position: '',
  region: '',
  phone: '',
  email: '',
  notes: '',
  observer: false,
}

describe('people on every tab', () => {
  // The Participants, Capture, Action plans and Evaluation tabs all show useParticipants (this list).
  it('are listed by name, accents and case aside, numbers in number order', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'Pelatihan Fasilitator', startDate: '2026-12-01', days: 3 })
    for (const name of ['Peserta 10', 'ani', 'Peserta 2', 'Budi', 'Ádi', 'budiman']) {
      await addParticipant(ctx, t.id, { ...BASE, name })
    }
    const participantsTab = (await listParticipants(ctx.db, t.id)).map((p) => p.name)
    expect(participantsTab).toEqual(['Ádi', 'ani', 'Budi', 'budiman', 'Peserta 2', 'Peserta 10'])
  })
})
