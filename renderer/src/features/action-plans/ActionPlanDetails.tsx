import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ActionPlan } from '../../../../shared/model/actionPlan'
import type { Participant } from '../../../../shared/model/participant'
import { useData } from '../../data/hooks/useData'
import type { DraftTarget } from '../../data/pendingDrafts'
import { updateActionPlan, type ActionPlanInput } from '../../data/repositories/actionPlanRepository'
import { AutosaveText } from '../../ui/AutosaveText'

const dateOrNull = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null)

/** Every field of one action plan, including those the table leaves out (participant, start date). */
export function ActionPlanDetails({ plan, participants, onClose }: { plan: ActionPlan; participants: Participant[]; onClose: () => void }) {
  const { t } = useTranslation()
  const { data } = useData()
  const save = (patch: Partial<ActionPlanInput>) => updateActionPlan(data, plan.id, patch)
  const at = (field: keyof ActionPlanInput): DraftTarget => ({ table: 'actionPlans', id: plan.id, field })
  const sameOrg = participants.filter(
    (p) => !plan.organization.trim() || p.organization.trim().toLowerCase() === plan.organization.trim().toLowerCase(),
  )
  return (
    <Modal opened onClose={onClose} title={t('actionPlans.detailsTitle')} size="lg">
      <Stack gap="sm">
        <div className="field-pair">
          <AutosaveText
            label={t('actionPlans.columns.organization')}
            value={plan.organization}
            onSave={(organization) => save({ organization })}
            draft={at('organization')}
          />
          <Select
            label={t('actionPlans.columns.participant')}
            placeholder={t('actionPlans.noParticipant')}
            clearable
            searchable
            data={(sameOrg.length > 0 ? sameOrg : participants).map((p) => ({ value: p.id, label: p.name }))}
            value={plan.participantId}
            onChange={(participantId) => void save({ participantId })}
          />
        </div>
        <AutosaveText
          label={t('actionPlans.columns.activity')}
          value={plan.activity}
          onSave={(activity) => save({ activity })}
          draft={at('activity')}
          multiline
        />
        <AutosaveText
          label={t('actionPlans.columns.objective')}
          value={plan.objective}
          onSave={(objective) => save({ objective })}
          draft={at('objective')}
          multiline
        />
        <div className="field-pair">
          <TextInput
            type="date"
            label={t('actionPlans.columns.startDate')}
            defaultValue={plan.startDate ?? ''}
            onChange={(e) => void save({ startDate: dateOrNull(e.currentTarget.value) })}
          />
          <TextInput
            type="date"
            label={t('actionPlans.columns.dueDate')}
            defaultValue={plan.dueDate ?? ''}
            onChange={(e) => void save({ dueDate: dateOrNull(e.currentTarget.value) })}
          />
          <AutosaveText
            label={t('actionPlans.columns.timeline')}
            placeholder={t('actionPlans.timelinePlaceholder')}
            value={plan.timeline}
            onSave={(timeline) => save({ timeline })}
            draft={at('timeline')}
          />
        </div>
        <AutosaveText
          label={t('actionPlans.columns.responsible')}
          value={plan.responsible}
          onSave={(responsible) => save({ responsible })}
          draft={at('responsible')}
        />
        <AutosaveText
          label={t('actionPlans.columns.resources')}
          value={plan.resources}
          onSave={(resources) => save({ resources })}
          draft={at('resources')}
          multiline
        />
        <AutosaveText
          label={t('actionPlans.columns.indicator')}
          value={plan.indicator}
          onSave={(indicator) => save({ indicator })}
          draft={at('indicator')}
          multiline
        />
        <AutosaveText
          label={t('actionPlans.columns.notes')}
          value={plan.notes}
          onSave={(notes) => save({ notes })}
          draft={at('notes')}
          multiline
        />
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('app.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  )
}
