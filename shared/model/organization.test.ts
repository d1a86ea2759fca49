import { describe, expect, it } from 'vitest'
import { organizationOfTraining } from './organization'

const profile = (id: string, name: string, updatedAt = 1, deletedAt: number | null = null) => ({ id, name, updatedAt, deletedAt })

describe('the profile that heads a training', () => {
  const ypms = profile('org-1', 'Yayasan Penguatan Masyarakat Sipil')
  const other = profile('org-2', 'Perkumpulan Alam Lestari')

  it('is the profile the training links by id, whatever either is named now', () => {
    const training = { organizationId: 'org-1', organizer: 'Panitia Bersama' }
    expect(organizationOfTraining(training, [other, { ...ypms, name: 'YPMS (nama baru)' }])?.id).toBe('org-1')
  })

  it('is none when the linked profile was deleted, or when the trainer chose none', () => {
    expect(organizationOfTraining({ organizationId: 'org-1', organizer: ypms.name }, [{ ...ypms, deletedAt: 5 }])).toBeNull()
    expect(organizationOfTraining({ organizationId: null, organizer: ypms.name }, [ypms])).toBeNull()
  })

  it('is matched by the organiser name while the training links none yet (trainings saved before the link)', () => {
    expect(organizationOfTraining({ organizer: ' yayasan penguatan  masyarakat sipil ' }, [other, ypms])?.id).toBe('org-1')
    expect(organizationOfTraining({ organizer: 'Lembaga Lain' }, [other, ypms])).toBeNull()
  })
})
