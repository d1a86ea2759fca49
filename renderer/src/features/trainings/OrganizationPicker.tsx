import { Select } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { organizationOfTraining } from '../../../../shared/model/organization'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { useOrganizations } from '../../data/hooks/useOrganizations'
import { updateTraining } from '../../data/repositories/trainingRepository'

/** The value the picker uses for "no letterhead" (a Select value cannot be null and stay chosen). */
const NONE = ''

/**
 * Which organisation profile heads the training, picked from the profiles by name and stored by
 * its id, so renaming the profile keeps it. A training saved before the link found its profile
 * by the organiser's name: that match is stored as the id the first time the overview shows it.
 */
export function OrganizationPicker({ training }: { training: Training }) {
  const { t } = useTranslation()
  const { data } = useData()
  const profiles = useOrganizations()?.map((p) => p.organization)
  const linked = profiles ? organizationOfTraining(training, profiles) : null

  useEffect(() => {
    if (training.organizationId === undefined && linked) void updateTraining(data, training.id, { organizationId: linked.id })
  }, [data, training.id, training.organizationId, linked])

  const pick = (value: string | null) => {
    const profile = profiles?.find((p) => p.id === value) ?? null
    void updateTraining(data, training.id, {
      organizationId: profile?.id ?? null,
      // An organiser not typed yet is the organisation picked.
      ...(profile && training.organizer.trim() === '' ? { organizer: profile.name } : {}),
    })
  }

  return (
    <Select
      label={t('tor.letterhead')}
      description={t('tor.letterheadHint')}
      data={[
        { value: NONE, label: t('tor.letterheadNone') },
        ...(profiles ?? []).map((p) => ({ value: p.id, label: p.name.trim() || t('tor.letterheadUnnamed') })),
      ]}
      value={profiles ? (linked?.id ?? NONE) : null}
      allowDeselect={false}
      disabled={profiles === undefined}
      onChange={pick}
      data-testid="tor-organization"
    />
  )
}
