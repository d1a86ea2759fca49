import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPdfText, squash } from './__fixtures__/readPdfText'
import { sampleTraining } from './__fixtures__/sampleTraining'
import { buildActionPlanSheet } from './actionPlanSheet'
import { buildAgendaSheet } from './agendaSheet'
import { renderPdf } from './renderPdf'

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
}

describe('buildAgendaSheet', { timeout: 30_000 }, () => {
  it('prints every day with its sessions, times, methods and facilitators', async () => {
    const snapshot = sampleTraining()
    const pdf = renderPdf(buildAgendaSheet(snapshot, { lang: 'en' }), fonts)
    const all = squash((await readPdfText(pdf.bytes)).pages.join(''))
    for (const text of [
      'TRAINING AGENDA',
      'Day 1: Tuesday, 6 August 2019',
      'Day 3: Thursday, 8 August 2019',
      '12:00–13:00',
      'Role play',
      'Hamid Abidin',
      'Peserta memetakan tantangan',
    ]) {
      expect(all).toContain(squash(text))
    }
    for (const s of snapshot.sessions.filter((x) => x.deletedAt === null)) expect(all).toContain(squash(s.title))
    expect(all).not.toContain('Zzz')
  })
})

describe('buildActionPlanSheet', { timeout: 30_000 }, () => {
  it('prints every follow-up plan with its organisation, responsible person and status', async () => {
    const snapshot = sampleTraining()
    const pdf = renderPdf(buildActionPlanSheet(snapshot, { lang: 'id' }), fonts)
    const all = squash((await readPdfText(pdf.bytes)).pages.join(''))
    expect(all).toContain(squash('RENCANA TINDAK LANJUT (RTL)'))
    for (const plan of snapshot.actionPlans.filter((p) => p.deletedAt === null)) {
      for (const text of [plan.organization, plan.activity, plan.responsible]) expect(all).toContain(squash(text))
    }
    for (const status of ['Direncanakan', 'Berjalan', 'Selesai', 'Dibatalkan']) expect(all).toContain(status)
    expect(all).not.toContain('Zzz')
  })
})
