import type { Participant } from '../model/participant'
import type { Training } from '../model/training'
import type { ImportMessageKey, MessageParams } from './importMessages'
import { comparableKey, emailKey, phoneKey } from './normaliseText'

/** What a quota warning is about. */
export type QuotaWarningCode = 'over-max' | 'under-min' | 'org-over-limit' | 'possible-duplicate'

/** A warning on the participant list; it never blocks anything, the trainer decides. */
export interface QuotaWarning {
  code: QuotaWarningCode
  /** The key of the message (namespace `quota` of shared/i18n). */
  reason: ImportMessageKey
  params: MessageParams
  /** The participants the warning is about, for highlighting rows (empty for quota totals). */
  participantIds: string[]
}

const REASONS: Record<QuotaWarningCode, ImportMessageKey> = {
  'over-max': 'quota.warning.overMax',
  'under-min': 'quota.warning.underMin',
  'org-over-limit': 'quota.warning.orgOverLimit',
  'possible-duplicate': 'quota.warning.possibleDuplicate',
}

function warning(code: QuotaWarningCode, params: MessageParams, participantIds: string[] = []): QuotaWarning {
  return { code, reason: REASONS[code], params, participantIds }
}

/** Groups items by a key, keeping first-seen order of keys; empty keys are left out. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    if (key === '') continue
    const group = groups.get(key) ?? []
    group.push(item)
    groups.set(key, group)
  }
  return groups
}

/**
 * Checks the participant list against the training's quota (TOR: min and max participants,
 * and how many one organisation may send). Observers and deleted participants do not count.
 * Also points at entries that look like the same person entered twice (same name ignoring
 * case, accents and apostrophes, or same email, or same phone digits): those are the ones an
 * import could not catch, typed in by hand or with a different organisation.
 */
export function quotaWarnings(
  training: Pick<Training, 'id' | 'quotaMin' | 'quotaMax' | 'perOrganizationMax'>,
  participants: readonly Participant[],
): QuotaWarning[] {
  const live = participants.filter((p) => p.deletedAt === null && p.trainingId === training.id)
  const counted = live.filter((p) => !p.observer)
  const warnings: QuotaWarning[] = []

  if (training.quotaMax !== null && counted.length > training.quotaMax) {
    warnings.push(warning('over-max', { count: counted.length, max: training.quotaMax }))
  }
  if (training.quotaMin !== null && counted.length < training.quotaMin) {
    warnings.push(warning('under-min', { count: counted.length, min: training.quotaMin }))
  }

  const limit = training.perOrganizationMax
  if (limit !== null) {
    for (const members of groupBy(counted, (p) => comparableKey(p.organization)).values()) {
      if (members.length <= limit) continue
      const organization = members[0]?.organization ?? ''
      warnings.push(
        warning(
          'org-over-limit',
          { organization, count: members.length, max: limit },
          members.map((p) => p.id),
        ),
      )
    }
  }

  // One warning per group of entries connected by any shared key.
  const seen = new Set<string>()
  const keyers: ((p: Participant) => string)[] = [(p) => comparableKey(p.name), (p) => emailKey(p.email), (p) => phoneKey(p.phone)]
  for (const keyOf of keyers) {
    for (const group of groupBy(live, keyOf).values()) {
      if (group.length < 2) continue
      const ids = group.map((p) => p.id)
      const signature = [...ids].sort().join(',')
      if (seen.has(signature)) continue
      seen.add(signature)
      warnings.push(warning('possible-duplicate', { name: group[0]?.name ?? '', count: group.length }, ids))
    }
  }
  return warnings
}
