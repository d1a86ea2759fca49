import { hhmmToMinutes } from '../agenda/timeOfDay'
import type { TrainingModule } from '../model/training'
import { clampDays, type AgendaOptions } from './blankAgenda'
import {
  DEFAULT_DAY_END,
  DEFAULT_DAY_START,
  LUNCH_START,
  MODULE_PARTS,
  STANDARD_SESSIONS,
  standardSession,
  type Lang,
  type ModuleTemplateSession,
  type StandardSessionKind,
} from './standardSessions'

/** Options of agendaFromModules: language and the daily hours to fill. */
export interface ModuleAgendaOptions extends AgendaOptions {
  /** When each day starts, `HH:mm` (default 08:30). */
  dayStart?: string
  /** When each day ends, `HH:mm` (default 17:00). */
  dayEnd?: string
}

const UNIT = 15
const BREAK = STANDARD_SESSIONS.break.durationMin
const LUNCH = STANDARD_SESSIONS.lunch.durationMin

/** A stretch of a day that module content fills, in whole 15-minute units. */
interface Slot {
  units: number
  sessions: ModuleTemplateSession[]
}

/** A day as fixed sessions and slots, in the order they happen. */
type DayPart = { fixed: ModuleTemplateSession } | { slot: Slot }

const lengthOf = (kinds: readonly StandardSessionKind[]): number => kinds.reduce((sum, k) => sum + STANDARD_SESSIONS[k].durationMin, 0)

/**
 * Splits the free time of half a day around a coffee break placed as near as it can to the
 * middle of the half day (10:15 on an 08:30 day, 15:00 in the afternoon), when there is room.
 *
 * @param free minutes between the fixed sessions that start and end this half
 * @param from when the free time starts, minutes since midnight
 * @param middle the middle of the half day, minutes since midnight
 */
function halfDay(free: number, from: number, middle: number, day: number, lang: Lang): DayPart[] {
  if (free < BREAK + UNIT) return [{ slot: { units: Math.max(0, Math.floor(free / UNIT)), sessions: [] } }]
  const units = Math.floor((free - BREAK) / UNIT)
  const before = Math.min(units, Math.max(0, Math.round((middle - from) / UNIT)))
  return [
    { slot: { units: before, sessions: [] } },
    { fixed: standardSession('break', day, lang) },
    { slot: { units: units - before, sessions: [] } },
  ]
}

/** The parts of one day: opening or recap, morning, pinned lunch, afternoon, closing items. */
function dayParts(day: number, days: number, lang: Lang, dayStart: number, dayEnd: number): DayPart[] {
  const start: StandardSessionKind[] = day === 1 ? ['opening', 'introductions', 'learningContract'] : ['recap']
  const end: StandardSessionKind[] = day === days ? ['actionPlanning', 'dailyEvaluation', 'closing'] : ['dailyEvaluation']
  const lunch = hhmmToMinutes(LUNCH_START)
  const lunchEnd = lunch + LUNCH
  const morningFrom = dayStart + lengthOf(start)
  return [
    ...start.map((k) => ({ fixed: standardSession(k, day, lang) })),
    ...halfDay(lunch - morningFrom, morningFrom, (dayStart + lunch) / 2, day, lang),
    { fixed: standardSession('lunch', day, lang) },
    ...halfDay(dayEnd - lunchEnd - lengthOf(end), lunchEnd, (lunchEnd + dayEnd) / 2, day, lang),
    ...end.map((k) => ({ fixed: standardSession(k, day, lang) })),
  ]
}

/** The sessions of one piece of a module: the first piece opens with an input. */
function modulePiece(
  module: Pick<TrainingModule, 'id' | 'title' | 'description'>,
  minutes: number,
  first: boolean,
  day: number,
  lang: Lang,
): ModuleTemplateSession[] {
  const base = { day, pinnedStart: null, materials: '', moduleId: module.id }
  if (!first) {
    return [
      { ...base, title: `${module.title}: ${MODULE_PARTS.practice[lang]}`, method: 'group-work', durationMin: minutes, objectives: '' },
    ]
  }
  const input = { ...base, title: module.title, method: 'presentation' as const, objectives: module.description }
  // A long first block is an input followed by group discussion, as adult learning wants.
  if (minutes < 90) return [{ ...input, durationMin: minutes }]
  const inputMin = Math.max(2 * UNIT, Math.round(minutes / 3 / UNIT) * UNIT)
  return [
    { ...input, durationMin: inputMin },
    {
      ...base,
      title: `${module.title}: ${MODULE_PARTS.discussion[lang]}`,
      method: 'group-work',
      durationMin: minutes - inputMin,
      objectives: '',
    },
  ]
}

// A module boundary moves to the nearest break or lunch when that is at most 30 minutes away
// from an even split, so modules start after a pause instead of in the middle of a block.
const SNAP_UNITS = 2

/**
 * How many 15-minute units each module gets: the free time shared evenly, each boundary
 * snapped to a slot boundary when one is near, every module at least one unit. With fewer
 * units than modules, each gets one and the total exceeds the free time (the day overruns).
 */
function moduleShares(slotUnits: readonly number[], count: number): number[] {
  const total = slotUnits.reduce((sum, u) => sum + u, 0)
  if (total < count) return Array<number>(count).fill(1)
  const slotBoundaries: number[] = []
  slotUnits.reduce((sum, u) => {
    slotBoundaries.push(sum + u)
    return sum + u
  }, 0)
  const bounds = [0]
  for (let k = 1; k < count; k++) {
    const target = (k * total) / count
    const nearest = slotBoundaries.reduce((best, b) => (Math.abs(b - target) < Math.abs(best - target) ? b : best), Infinity)
    const wanted = Math.abs(nearest - target) <= SNAP_UNITS ? nearest : Math.round(target)
    const previous = bounds[k - 1] ?? 0
    bounds.push(Math.min(total - (count - k), Math.max(previous + 1, wanted)))
  }
  bounds.push(total)
  return bounds.slice(1).map((b, i) => b - (bounds[i] ?? 0))
}

/**
 * Builds a first agenda from the modules of a TOR: opening, introductions and learning
 * contract on day 1, a recap on later days, one block per module spread in order over the
 * free time of all days (an input, then group discussion or practice when the block is long
 * or continues after a break), a coffee break each half day, lunch pinned at 12:00, a daily
 * evaluation at the end of each day, and follow-up planning and closing on the last day.
 * The free time is shared evenly between the modules in 15-minute steps (a module starts
 * after a break or lunch when that is within 30 minutes of an even split), so the days fill
 * without overrunning; with more modules than 15-minute steps, the last day overruns (and
 * the agenda builder shows it). Without modules the free time holds placeholder sessions.
 *
 * @param modules the training's modules, in order
 * @param days how many days (default 3, clamped to 1-10)
 */
export function agendaFromModules(
  modules: readonly Pick<TrainingModule, 'id' | 'title' | 'description'>[],
  days = 3,
  options: ModuleAgendaOptions = {},
): ModuleTemplateSession[] {
  const lang = options.lang ?? 'id'
  const count = clampDays(days)
  const dayStart = hhmmToMinutes(options.dayStart ?? DEFAULT_DAY_START)
  const dayEnd = hhmmToMinutes(options.dayEnd ?? DEFAULT_DAY_END)
  const plan = Array.from({ length: count }, (_, i) => ({ day: i + 1, parts: dayParts(i + 1, count, lang, dayStart, dayEnd) }))
  const slots = plan.flatMap(({ day, parts }) => parts.flatMap((p) => ('slot' in p ? [{ day, slot: p.slot }] : [])))

  if (modules.length === 0) {
    for (const { day, slot } of slots) {
      if (slot.units > 0) slot.sessions.push({ ...standardSession('placeholder', day, lang, slot.units * UNIT), moduleId: null })
    }
  } else {
    const shares = moduleShares(
      slots.map((s) => s.slot.units),
      modules.length,
    )
    let slotIndex = 0
    let used = 0
    modules.forEach((module, m) => {
      let units = shares[m] ?? 1
      let first = true
      while (units > 0) {
        const current = slots[slotIndex]
        if (!current) break
        const isLast = slotIndex === slots.length - 1
        const room = isLast ? units : current.slot.units - used
        if (room <= 0) {
          slotIndex++
          used = 0
          continue
        }
        const take = Math.min(units, room)
        current.slot.sessions.push(...modulePiece(module, take * UNIT, first, current.day, lang))
        first = false
        units -= take
        used += take
      }
    })
  }

  return plan.flatMap(({ parts }) => parts.flatMap((p) => ('slot' in p ? p.slot.sessions : [p.fixed])))
}
