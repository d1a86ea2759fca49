import type { Participant } from '../../model/participant'
import type { Training } from '../../model/training'

/** The training the TOT fixture participants belong to. */
export const TOT_TRAINING_ID = 'tot-organising-2014'

/** createdAt/updatedAt of the fixture rows (1 September 2014). */
export const FIXTURE_NOW = Date.UTC(2014, 8, 1)

/** A valid participant with empty optional fields; pass what the test is about. */
export function makeParticipant(overrides: Partial<Participant> & Pick<Participant, 'id' | 'name'>): Participant {
  return {
    trainingId: TOT_TRAINING_ID,
    createdAt: FIXTURE_NOW,
    updatedAt: FIXTURE_NOW,
    deletedAt: null,
    gender: 'unstated',
    organization: '',
    position: '',
    region: '',
    phone: '',
    email: '',
    notes: '',
    observer: false,
    ...overrides,
  }
}

const ORG = 'MWPRI Jawa Timur'

/**
 * Participants modelled on the training-of-trainers report (seed 003): six programme staff
 * (2 women, 4 men; the report gives no region for them) and 14 field facilitators from nine
 * districts and cities of East Java (11 women, 3 men), 20 in all. Names are invented. One
 * observer and one deleted row are added to check that neither is counted.
 */
export function totParticipants(): Participant[] {
  const staff: [string, Participant['gender'], string][] = [
    ['Retno Wulandari', 'female', 'Manajer Program'],
    ['Bambang Setiawan', 'male', 'Wakil Manajer Program'],
    ['Agus Salim Hidayat', 'male', 'Divisi Data dan Informasi'],
    ['Joko Purnomo', 'male', 'Divisi Pengorganisasian dan Pelatihan'],
    ['Maria Ulfa Kusuma', 'female', 'Staf Keuangan'],
    ['Dedi Kurniawan', 'male', 'Staf Administrasi'],
  ]
  const facilitators: [string, Participant['gender'], string][] = [
    ["Siti Nur'aini", 'female', 'Kota Malang'],
    ['Endang Sulistyowati', 'female', 'Kota Malang'],
    ['Sri Rahayu', 'female', 'Kab. Malang'],
    ['Tri Wahyuni', 'female', 'Kab. Malang'],
    ['Dewi Lestari', 'female', 'Kota Batu'],
    ['Nurul Hidayah', 'female', 'Kota Surabaya'],
    ['Ni Luh Putu Ayu', 'female', 'Kota Surabaya'],
    ['Ahmad Fauzi', 'male', 'Kab. Sidoarjo'],
    ['Wa Ode Sitti Hasnah', 'female', 'Kota Mojokerto'],
    ['Eko Prasetyo', 'male', 'Kab. Mojokerto'],
    ['Yuliana Safitri', 'female', 'Kab. Probolinggo'],
    ['Rina Marlina', 'female', 'Kab. Probolinggo'],
    ['Fitri Handayani', 'female', 'Kab. Jember'],
    ['Hadi Susanto', 'male', 'Kab. Jember'],
  ]
  return [
    ...staff.map(([name, gender, position], i) => makeParticipant({ id: `staff-${i + 1}`, name, gender, position, organization: ORG })),
    ...facilitators.map(([name, gender, region], i) =>
      makeParticipant({
        id: `faslap-${i + 1}`,
        name,
        gender,
        region,
        position: 'Fasilitator Lapang',
        organization: ORG,
        phone: `0812-3400-${String(i + 1).padStart(4, '0')}`,
      }),
    ),
    makeParticipant({
      id: 'observer-1',
      name: 'Lina Marpaung',
      gender: 'female',
      organization: 'Mitra MAMPU',
      region: 'Kota Malang',
      observer: true,
    }),
    makeParticipant({
      id: 'deleted-1',
      name: 'Andi Wijaya',
      gender: 'male',
      organization: ORG,
      region: 'Kota Batu',
      deletedAt: FIXTURE_NOW,
    }),
  ]
}

/**
 * Quota fields of the public training of seed 000: at least 7 and at most 20 participants,
 * 2 per organisation.
 */
export function publicTrainingQuota(): Pick<Training, 'id' | 'quotaMin' | 'quotaMax' | 'perOrganizationMax'> {
  return { id: TOT_TRAINING_ID, quotaMin: 7, quotaMax: 20, perOrganizationMax: 2 }
}
