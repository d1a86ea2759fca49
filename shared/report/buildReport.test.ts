import { describe, expect, it } from 'vitest'
import { sampleTraining, trainingOnly } from './__fixtures__/sampleTraining'
import { buildReport } from './buildReport'
import type { HeadingBlock, ReportBlock, TableBlock } from './reportModel'
import { DEFAULT_REPORT_SECTIONS, REPORT_SECTION_IDS, reportSectionsOf } from './reportSections'
import type { ReportSectionId } from './reportSections'
import type { TrainingSnapshot } from './trainingSnapshot'

const generatedAt = Date.UTC(2019, 7, 9, 3, 0)
const build = (snapshot: TrainingSnapshot, sections: readonly ReportSectionId[] = DEFAULT_REPORT_SECTIONS, lang: 'id' | 'en' = 'id') =>
  buildReport(snapshot, { lang, sections, generatedAt })
const headings = (blocks: ReportBlock[]): string[] =>
  blocks.filter((b): b is HeadingBlock => b.kind === 'heading').map((b) => (b.number ? `${b.number} ${b.text}` : b.text))
const tables = (blocks: ReportBlock[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table')
const everyText = (blocks: ReportBlock[]): string => JSON.stringify(blocks)

describe('buildReport', () => {
  it('follows the Indonesian report layout, chapters in order and numbered', () => {
    const h = headings(build(sampleTraining()).blocks).filter((x) => /^BAB |^LAMPIRAN/.test(x))
    expect(h).toEqual(['BAB I PENDAHULUAN', 'BAB II DESAIN PELATIHAN', 'BAB III PELAKSANAAN', 'BAB IV PENUTUP', 'LAMPIRAN'])
    const en = headings(build(sampleTraining(), DEFAULT_REPORT_SECTIONS, 'en').blocks).filter((x) => /^CHAPTER /.test(x))
    expect(en).toEqual(['CHAPTER I INTRODUCTION', 'CHAPTER II TRAINING DESIGN', 'CHAPTER III IMPLEMENTATION', 'CHAPTER IV CLOSING'])
    const parts = headings(build(sampleTraining()).blocks).filter((x) => /^\d\.\d /.test(x))
    expect(parts).toEqual([
      '1.1 Latar Belakang',
      '1.2 Tujuan',
      '1.3 Sasaran Peserta',
      '1.4 Hasil yang Diharapkan',
      '2.1 Materi Pelatihan',
      '2.2 Waktu dan Tempat',
      '2.3 Metode',
      '2.4 Tim Pelatih',
      '2.5 Peserta',
      '2.6 Jadwal',
      '3.1 Hari 1: Selasa, 6 Agustus 2019',
      '3.2 Hari 2: Rabu, 7 Agustus 2019',
      '3.3 Hari 3: Kamis, 8 Agustus 2019',
      '3.4 Kehadiran',
      '3.5 Hasil Evaluasi',
      '4.1 Kesimpulan',
      '4.2 Rekomendasi',
      '4.3 Rencana Tindak Lanjut',
    ])
  })

  it('is pure: the same snapshot gives the same model', () => {
    expect(build(sampleTraining())).toEqual(build(sampleTraining()))
  })

  it('prints only the chosen sections and renumbers what is left', () => {
    const model = build(sampleTraining(), ['introduction', 'closing', 'action-plans'])
    expect(model.blocks.some((b) => b.kind === 'cover' || b.kind === 'contents')).toBe(false)
    expect(headings(model.blocks)).toEqual([
      'BAB I PENDAHULUAN',
      '1.1 Latar Belakang',
      '1.2 Tujuan',
      '1.3 Sasaran Peserta',
      '1.4 Hasil yang Diharapkan',
      'BAB II PENUTUP',
      '2.1 Kesimpulan',
      '2.2 Rekomendasi',
      '2.3 Rencana Tindak Lanjut',
    ])
    expect(model.chrome?.firstPage).toBe(1)
  })

  it('leaves out every part that has no data', () => {
    const { training } = sampleTraining()
    const bare = trainingOnly({
      ...training,
      background: '',
      objectives: [' '],
      expectedOutcomes: [],
      targetParticipants: '',
      conclusions: '',
      recommendations: '',
    })
    const h = headings(build(bare).blocks)
    expect(h).not.toContain('BAB I PENDAHULUAN')
    expect(h).not.toContain('BAB III PELAKSANAAN')
    expect(h.some((x) => x.includes('Peserta') || x.includes('Jadwal') || x.includes('Kehadiran'))).toBe(false)
    expect(h).toContain('BAB I DESAIN PELATIHAN')
  })

  it('sorts brainstorm clusters and cards by votes, with unclustered cards last', () => {
    const table = tables(build(sampleTraining(), ['brainstorms']).blocks).find((t) => t.caption?.includes('Relawan sebagai'))
    expect(table?.rows.map((r) => r[0]).filter(Boolean)).toEqual([
      'Retensi dan motivasi (18 suara)',
      'Rekrutmen (10 suara)',
      'Manajemen (10 suara)',
      'Pendanaan (7 suara)',
      'Belum dikelompokkan (2 suara)',
    ])
    expect(table?.rows.slice(0, 3).map((r) => r[2])).toEqual(['9', '5', '4'])
  })

  it('drops deleted rows, including children of deleted parents', () => {
    const snapshot = sampleTraining()
    const deletedRound = { ...snapshot.rounds[0], deletedAt: 1 } as TrainingSnapshot['rounds'][number]
    const text = everyText(build({ ...snapshot, rounds: [deletedRound, ...snapshot.rounds.slice(1)] }).blocks)
    expect(text).not.toContain('Zzz')
    expect(text).not.toContain('Sulit mencari relawan')
    expect(text).toContain('Punya contoh SOP relawan')
  })

  it('numbers table and figure captions in print order', () => {
    const model = build(sampleTraining(), REPORT_SECTION_IDS, 'en')
    const captions = model.blocks.flatMap((b) => ('caption' in b && b.caption ? [b.caption] : []))
    expect(captions[0]).toBe('Table 1. Modules')
    expect(captions.filter((c) => c.startsWith('Figure')).map((c) => c.split('.')[0])).toEqual([
      'Figure 1',
      'Figure 2',
      'Figure 3',
      'Figure 4',
      'Figure 5',
      'Figure 6',
    ])
  })

  it('computes attendance, evaluation averages and pre/post gains the user can check', () => {
    const blocks = build(sampleTraining(), ['attendance', 'evaluation']).blocks
    const attendance = tables(blocks).find((t) => t.caption?.includes('Kehadiran'))
    expect(attendance?.rows.map((r) => r.slice(2))).toEqual([
      ['14', '0', '100%'],
      ['13', '1', '92,9%'],
      ['12', '2', '85,7%'],
    ])
    const prePost = tables(blocks).find((t) => t.caption?.includes('pre-test'))
    expect(prePost?.foot).toEqual(['', 'Rata-rata', '53,0', '79,5', '+27,1'])
    const daily = tables(blocks).find((t) => t.caption?.includes('harian'))
    expect(daily?.rows.find((r) => r[0] === 'Tempat dan konsumsi')).toEqual(['Tempat dan konsumsi', '–', '–', '3,93', '3,93'])
    expect(everyText(blocks)).toContain('12 dari 13 peserta (92,3%) mengalami peningkatan')
  })

  it('reads a saved section choice and ignores ids it does not know', () => {
    expect(reportSectionsOf(null)).toEqual([...DEFAULT_REPORT_SECTIONS])
    expect(reportSectionsOf(['cover', 'from-a-newer-version', 'closing'])).toEqual(['cover', 'closing'])
  })

  it('gives a role play with an empty title a generated heading, and leaves the stored title empty', () => {
    const snapshot = sampleTraining()
    const untitled = { ...snapshot, rolePlays: snapshot.rolePlays.map((r) => ({ ...r, title: '' })) }
    const play = untitled.rolePlays[0]
    if (!play) throw new Error('the sample has a role play')
    expect(headings(build(untitled, ['sessions', 'role-plays'], 'en').blocks)).toContain(`Role play ${play.order}`)
    expect(headings(build(untitled, ['sessions', 'role-plays'], 'id').blocks)).toContain(`Bermain peran ${play.order}`)
    expect(everyText(build(untitled, ['sessions', 'role-plays'], 'en').blocks)).not.toContain('Role play: "')
    expect(play.title).toBe('')
  })
})
