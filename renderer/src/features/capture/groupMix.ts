import type { Participant } from '../../../../shared/model/participant'

/** Women, men and organisations among a group's members, for the one-line summary. */
export function groupMix(memberIds: readonly string[], byId: ReadonlyMap<string, Participant>) {
  const members = memberIds.flatMap((id) => byId.get(id) ?? [])
  return {
    female: members.filter((m) => m.gender === 'female').length,
    male: members.filter((m) => m.gender === 'male').length,
    orgs: new Set(members.map((m) => m.organization.trim().toLowerCase()).filter((o) => o !== '')).size,
  }
}
