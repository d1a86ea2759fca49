import type { TrainingSnapshot } from '../trainingSnapshot'

/**
 * Every text a user captured for a training that the full report must print (live rows only),
 * for tests that read the PDF back. Blank strings are left out.
 */
export function capturedTexts(snapshot: TrainingSnapshot): string[] {
  const live = <T extends { deletedAt: number | null }>(rows: readonly T[]): T[] => rows.filter((r) => r.deletedAt === null)
  const tr = snapshot.training
  const texts = [
    tr.title,
    tr.organizer,
    tr.background,
    ...tr.objectives,
    ...tr.expectedOutcomes,
    tr.method,
    ...tr.modules.flatMap((m) => [m.title, m.description]),
    tr.targetParticipants,
    tr.conclusions,
    tr.recommendations,
    ...tr.evaluationQuestions.map((q) => q.label),
    ...live(snapshot.teamMembers).flatMap((m) => [m.name, m.organization, m.bio]),
    // Observers are listed by name but not counted by position or region.
    ...live(snapshot.participants).flatMap((p) => (p.observer ? [p.name, p.organization] : [p.name, p.organization, p.position, p.region])),
    ...live(snapshot.sessions).flatMap((s) => [s.title, s.objectives, s.materials, s.processNotes]),
    ...live(snapshot.rounds).map((r) => r.question),
    ...live(snapshot.clusters).map((c) => c.name),
    ...live(snapshot.ideas).map((i) => i.text),
    ...live(snapshot.rolePlays).flatMap((r) => [
      r.title,
      r.scenario,
      ...r.observers,
      ...r.roles.flatMap((role) => [role.name, role.brief]),
      ...r.debrief.happened,
      ...r.debrief.felt,
      ...r.debrief.learned,
      ...r.debrief.apply,
    ]),
    ...live(snapshot.observations).map((o) => o.text),
    ...live(snapshot.groups).flatMap((g) => [g.name, g.question, ...g.outputPoints, g.outputText]),
    ...live(snapshot.actionPlans).flatMap((p) => [
      p.organization,
      p.activity,
      p.objective,
      p.responsible,
      p.resources,
      p.indicator,
      p.notes,
    ]),
    ...live(snapshot.evaluations).flatMap((e) => [e.wentWell, e.toImprove]),
    ...live(snapshot.photos).map((p) => p.caption),
  ]
  return texts.map((t) => t.trim()).filter((t) => t.length > 0)
}
