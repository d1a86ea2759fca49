import type { Change } from '../../shared/journal/journalEntry'
import type { Cluster, Idea, Round } from '../../shared/model/brainstorm'
import type { Session } from '../../shared/model/session'
import type { SeededTraining } from './seedTraining'
import { journaledRow } from './journaledRow'

/** A row as a journal put. */
export const put = (table: string, row: object): Change => ({ op: 'put', table, row: journaledRow(row) })

/** The first working session (not a break or a meal) of day 1 of a seeded training. */
export function firstWorkingSession(seed: SeededTraining): Session {
  const sessions = seed.changes.filter((c) => c.op === 'put' && c.table === 'sessions').map((c) => (c as { row: unknown }).row as Session)
  const session = sessions.filter((s) => s.day === 1 && s.method !== 'break' && s.method !== 'meal').sort((a, b) => a.order - b.order)[0]
  if (!session) throw new Error('no session on day 1')
  return session
}

/** What a brainstorm round is made of, for `roundRows`. */
export interface RoundSpec {
  id: string
  question: string
  order: number
  /** The clusters' names, in board order. */
  clusters: readonly string[]
  /** Cards per column: the unsorted column first, then one number per cluster. */
  split: readonly number[]
  cards: readonly string[]
  /** The votes, author and group of the card at `index`. */
  card: (index: number, text: string) => Pick<Idea, 'votes' | 'author' | 'group'>
}

/** The rows of a round of a session: the round, its clusters and its cards spread over the columns. */
export function roundRows(
  seed: SeededTraining,
  session: Session,
  spec: RoundSpec,
  now = Date.now(),
): { round: Round; clusters: Cluster[]; ideas: Idea[]; changes: Change[] } {
  const meta = { trainingId: seed.trainingId, createdAt: now, updatedAt: now, deletedAt: null }
  const round: Round = { ...meta, id: spec.id, sessionId: session.id, question: spec.question, order: spec.order }
  const clusters: Cluster[] = spec.clusters.map((name, i) => ({
    ...meta,
    id: `${spec.id}-cluster-${i + 1}`,
    roundId: round.id,
    name,
    order: i + 1,
  }))
  const columnOf = (index: number) => spec.split.findIndex((_, c) => index < spec.split.slice(0, c + 1).reduce((a, b) => a + b, 0))
  const total = spec.split.reduce((a, b) => a + b, 0)
  const ideas: Idea[] = spec.cards.slice(0, total).map((text, i) => ({
    ...meta,
    ...spec.card(i, text),
    id: `${spec.id}-idea-${i + 1}`,
    sessionId: session.id,
    roundId: round.id,
    text,
    clusterId: columnOf(i) === 0 ? null : (clusters[columnOf(i) - 1]?.id ?? null),
    order: i + 1,
  }))
  return {
    round,
    clusters,
    ideas,
    changes: [put('rounds', round), ...clusters.map((c) => put('clusters', c)), ...ideas.map((i) => put('ideas', i))],
  }
}

/** The run tab's brainstorm board of a round. */
export const boardUrl = (trainingId: string, sessionId: string, roundId: string) =>
  `/#/trainings/${trainingId}/run?view=board&session=${sessionId}&round=${roundId}`

/** Forty cards a room of home-based-worker organisers might write, for boards of 30 to 40 cards. */
export const BOARD_CARDS = [
  'Upah per potong sangat rendah',
  'Tidak ada kontrak tertulis',
  'Tidak ada BPJS Ketenagakerjaan',
  'Bahan kerja dibeli sendiri',
  'Listrik dan air ditanggung pekerja',
  'Pembayaran sering terlambat',
  'Target produksi tidak masuk akal',
  'Tidak tahu siapa pemberi kerja utama',
  'Sakit punggung karena duduk lama',
  'Debu lem dan bahan kimia',
  'Anak ikut membantu bekerja',
  'Jam kerja sampai malam',
  'Tidak diakui sebagai pekerja',
  'Takut kehilangan order jika protes',
  'Perantara mengambil potongan',
  'Tidak ada cuti melahirkan',
  'Belum ada serikat di desa',
  'Sulit berkumpul karena sibuk',
  'Suami tidak mengizinkan rapat',
  'Informasi hukum sulit didapat',
  'Dinas tenaga kerja belum peduli',
  'Perda belum ada',
  'Upah di bawah UMK',
  'Tidak ada slip pembayaran',
  'Kerja borongan tanpa jaminan',
  'Risiko kecelakaan kerja ditanggung sendiri',
  'Tidak ada pelatihan K3',
  'Harga bahan naik terus',
  'Order hanya musiman',
  'Tidak ada perlindungan saat pandemi',
  'Mesin jahit milik sendiri',
  'Upah dipotong jika ada cacat',
  'Pemberi kerja sering berganti',
  'Tidak tahu cara berunding',
  'Tidak ada tempat penitipan anak',
  'Tidak terdaftar di desa',
  'Tidak ada ruang kerja yang layak',
  'Pesanan dibatalkan sepihak',
  'Tidak ada uang lembur',
  'Pekerja tidak saling kenal',
]

/** Cluster names for those cards, in board order. */
export const BOARD_CLUSTERS = [
  'Upah dan cara pembayaran',
  'Kesehatan dan keselamatan kerja',
  'Pengakuan dan perlindungan hukum',
  'Berorganisasi',
  'Beban keluarga dan rumah tangga',
  'Jaminan sosial',
]

/** The laptop screens a trainer projects from. */
export const LAPTOP_SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]
