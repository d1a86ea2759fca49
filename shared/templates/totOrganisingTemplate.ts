import type { SessionMethod } from '../model/session'
import { LUNCH_START, STANDARD_SESSIONS, type BilingualTemplateSession, type StandardSessionKind } from './standardSessions'

/** Shorthand for one session of the flow: day, method, minutes, English and Indonesian title. */
function s(day: number, method: SessionMethod, durationMin: number, en: string, id: string): BilingualTemplateSession {
  return { day, method, durationMin, title: { en, id }, pinnedStart: null, objectives: '', materials: '' }
}

/** A standard session (break, lunch, evaluation...) of the flow, lunch pinned at 12:00. */
function std(day: number, kind: StandardSessionKind, durationMin?: number): BilingualTemplateSession {
  const standard = STANDARD_SESSIONS[kind]
  return {
    day,
    method: standard.method,
    durationMin: durationMin ?? standard.durationMin,
    title: standard.title,
    pinnedStart: kind === 'lunch' ? LUNCH_START : null,
    objectives: '',
    materials: '',
  }
}

/**
 * A three-day training of trainers on organising informal (home-based) workers, modelled on
 * the flow of the TOT report in the seeds: introductions, brainstorming what the work is and
 * its problems, an input, case discussions, the stages of organising a new group, a role
 * play, approach techniques, sharing experience and planning strategy, and managing an
 * organisation. Each day runs 08:30-17:00 with lunch pinned at 12:00.
 */
export const TOT_ORGANISING_SESSIONS: readonly BilingualTemplateSession[] = [
  std(1, 'opening'),
  s(1, 'introductions', 60, 'Getting to know each other', 'Saling mengenal'),
  std(1, 'learningContract'),
  std(1, 'break'),
  s(1, 'brainstorm', 45, 'Brainstorm: who are home-based workers?', 'Curah pendapat: siapa pekerja rumahan?'),
  s(1, 'brainstorm', 30, 'Brainstorm: the problems they face', 'Curah pendapat: masalah yang mereka hadapi'),
  std(1, 'lunch'),
  s(1, 'presentation', 75, 'Input: problems, challenges, options', 'Paparan: masalah, tantangan, pilihan'),
  s(1, 'case-discussion', 60, 'Case discussion in groups', 'Diskusi kasus dalam kelompok'),
  std(1, 'break'),
  s(1, 'plenary', 75, 'Groups present their cases', 'Pleno hasil diskusi kasus'),
  std(1, 'dailyEvaluation'),

  std(2, 'recap'),
  s(2, 'presentation', 75, 'Stages of organising a new group', 'Tahapan mengorganisir kelompok baru'),
  std(2, 'break'),
  s(2, 'group-work', 105, 'Mapping the stages in our areas', 'Memetakan tahapan di wilayah kita'),
  std(2, 'lunch'),
  s(2, 'role-play', 90, 'Role play: organising workers', 'Bermain peran: mengorganisir pekerja'),
  s(2, 'plenary', 30, 'Role play debrief', 'Refleksi bermain peran'),
  std(2, 'break'),
  s(2, 'presentation', 90, 'Approach techniques: net and arrow', 'Teknik pendekatan: jaring dan panah'),
  std(2, 'dailyEvaluation'),

  std(3, 'recap'),
  s(3, 'exercise', 60, 'Practising the approach techniques', 'Praktik teknik pendekatan'),
  s(3, 'sharing', 75, 'Sharing organising experience', 'Berbagi pengalaman mengorganisir'),
  std(3, 'break'),
  s(3, 'group-work', 45, 'Strategy for each area', 'Menyusun strategi tiap wilayah'),
  std(3, 'lunch'),
  s(3, 'presentation', 60, 'Running an organisation: members, rules, leaders', 'Mengelola organisasi: anggota, aturan, pengurus'),
  s(3, 'group-work', 60, 'Which type of organisation fits?', 'Tipe organisasi yang cocok'),
  std(3, 'break'),
  std(3, 'actionPlanning', 75),
  std(3, 'dailyEvaluation'),
  std(3, 'closing', 15),
]
