import { ActionIcon, Group } from '@mantine/core'
import { IconDots, IconTrash } from '@tabler/icons-react'
import { memo, useRef, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_PLAN_STATUSES, type ActionPlan } from '../../../../shared/model/actionPlan'
import { useData } from '../../data/hooks/useData'
import { updateActionPlan, type ActionPlanInput } from '../../data/repositories/actionPlanRepository'
import { PlanCell } from './PlanCell'

/** The text columns shown in the table, in order. */
export const PLAN_TEXT_COLUMNS = ['organization', 'activity', 'objective', 'timeline', 'responsible', 'resources', 'indicator'] as const

interface RowProps {
  plan: ActionPlan
  index: number
  focus: boolean
  onEnter: (organization: string) => void
  onDetails: (id: string) => void
  onRemove: (id: string) => void
  organizationsId: string
  /** The virtual list measures the row through this. */
  measureRef?: Ref<HTMLTableRowElement>
}

// A stored row is a new object after every query; the same version of it renders the same.
function sameVersion(a: ActionPlan, b: ActionPlan): boolean {
  return a === b || (a.id === b.id && a.updatedAt === b.updatedAt && a.rev === b.rev)
}

function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    sameVersion(a.plan, b.plan) &&
    a.index === b.index &&
    a.focus === b.focus &&
    a.onEnter === b.onEnter &&
    a.onDetails === b.onDetails &&
    a.onRemove === b.onRemove &&
    a.organizationsId === b.organizationsId &&
    a.measureRef === b.measureRef
  )
}

/**
 * One action plan as a table row: inline cells, a status select, follow-up notes. Memoised, so
 * a save in one row (or a new row) re-renders that row only, not the whole table.
 */
export const ActionPlanRow = memo(function ActionPlanRow({
  plan,
  index,
  focus,
  onEnter,
  onDetails,
  onRemove,
  organizationsId,
  measureRef,
}: RowProps) {
  const { t } = useTranslation()
  const { data } = useData()
  const save = (patch: Partial<ActionPlanInput>) => updateActionPlan(data, plan.id, patch)
  // The next row takes this row's organisation, even when it was typed a moment ago and not stored yet.
  const typedOrg = useRef<string | null>(null)
  const enter = () => onEnter(typedOrg.current ?? plan.organization)
  const dueDate = (value: string) => save({ dueDate: /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null })
  return (
    <tr
      ref={measureRef}
      data-testid="plan-row"
      data-status={plan.status}
      data-index={index}
      data-plan-id={plan.id}
      aria-rowindex={index + 2}
    >
      <td className="plans-num">{index + 1}</td>
      {PLAN_TEXT_COLUMNS.map((key) => (
        <td key={key} className={`plans-col-${key}`}>
          {key === 'organization' ? (
            <PlanCell
              value={plan.organization}
              label={`${t('actionPlans.columns.organization')} · ${t('actionPlans.row', { n: index + 1 })}`}
              onSave={(organization) => save({ organization })}
              draft={{ table: 'actionPlans', id: plan.id, field: 'organization' }}
              onEnter={enter}
              testId="plan-organization"
              list={organizationsId}
              onType={(v) => {
                typedOrg.current = v
              }}
              focusOnMount={focus && !plan.organization}
              selectOnFocus={focus && plan.organization !== ''}
            />
          ) : (
            <PlanCell
              value={plan[key]}
              label={`${t(`actionPlans.columns.${key}`)} · ${t('actionPlans.row', { n: index + 1 })}`}
              onSave={(v) => save({ [key]: v })}
              draft={{ table: 'actionPlans', id: plan.id, field: key }}
              onEnter={enter}
              focusOnMount={focus && key === 'activity' && plan.organization !== ''}
              placeholder={key === 'timeline' ? t('actionPlans.timelinePlaceholder') : undefined}
              testId={`plan-${key}`}
            />
          )}
        </td>
      ))}
      <td className="plans-col-dueDate">
        <PlanCell
          type="date"
          value={plan.dueDate ?? ''}
          label={`${t('actionPlans.columns.dueDate')} · ${t('actionPlans.row', { n: index + 1 })}`}
          onSave={dueDate}
          onEnter={enter}
          testId="plan-dueDate"
        />
      </td>
      <td className="plans-col-status">
        <select
          className="plans-cell"
          value={plan.status}
          aria-label={`${t('actionPlans.columns.status')} · ${t('actionPlans.row', { n: index + 1 })}`}
          onChange={(e) => void save({ status: e.currentTarget.value as ActionPlan['status'] })}
          data-testid="plan-status"
        >
          {ACTION_PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`actionPlans.statuses.${s}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="plans-col-notes">
        <PlanCell
          value={plan.notes}
          label={`${t('actionPlans.columns.notes')} · ${t('actionPlans.row', { n: index + 1 })}`}
          onSave={(notes) => save({ notes })}
          draft={{ table: 'actionPlans', id: plan.id, field: 'notes' }}
          onEnter={enter}
          testId="plan-notes"
        />
      </td>
      <td className="plans-actions">
        <Group gap={0} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('actionPlans.details', { n: index + 1 })}
            onClick={() => onDetails(plan.id)}
          >
            <IconDots size={14} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            size="sm"
            aria-label={t('actionPlans.remove', { n: index + 1 })}
            onClick={() => onRemove(plan.id)}
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      </td>
    </tr>
  )
}, sameRow)
