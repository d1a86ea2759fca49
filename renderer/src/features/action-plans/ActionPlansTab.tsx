import { Badge, Button, Group, Paper, Select, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconPlus, IconSelector } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { actionPlanOrganizations, countByStatus, viewActionPlans, type ActionPlanSortKey, type ActionPlanView } from '../../../../shared/capture/actionPlanTable'
import { ACTION_PLAN_STATUSES } from '../../../../shared/model/actionPlan'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { addActionPlan, removeActionPlan, restoreActionPlan } from '../../data/repositories/actionPlanRepository'
import { useParticipants } from '../../data/hooks/useParticipants'
import { ActionPlanDetails } from './ActionPlanDetails'
import { ActionPlanRow, PLAN_TEXT_COLUMNS } from './ActionPlanRow'
import { useActionPlans } from '../../data/hooks/useActionPlans'
import './actionPlans.css'
import { notifyWithUndo } from '../../ui/notifyWithUndo'

const SORTABLE: readonly string[] = ['organization', 'activity', 'responsible', 'dueDate', 'status'] satisfies ActionPlanSortKey[]
const COLUMNS = [...PLAN_TEXT_COLUMNS, 'dueDate', 'status', 'notes'] as const

/** Follow-up action plans (RTL): an editable table, sortable and filterable, usable live and months later. */
export function ActionPlansTab({ training }: { training: Training }) {
  const { t } = useTranslation()
  const { data } = useData()
  const participants = useParticipants(training.id)
  const plans = useActionPlans(training.id)
  const [view, setView] = useState<ActionPlanView>({ sortBy: null, descending: false, organization: null, status: null })
  const [focusId, setFocusId] = useState<string | null>(null)
  const [details, setDetails] = useState<string | null>(null)
  if (plans === undefined || participants === undefined) return null

  const shown = viewActionPlans(plans, view)
  const organizations = actionPlanOrganizations([...plans, ...participants])
  const counts = countByStatus(plans)
  const add = async (organization = view.organization ?? '') => {
    const row = await addActionPlan(data, training.id, { organization, ...(view.status ? { status: view.status } : {}) })
    setFocusId(row.id)
  }
  const remove = async (id: string) => {
    await removeActionPlan(data, id)
    notifyWithUndo(t('actionPlans.removed'), t('app.undo'), () => restoreActionPlan(data, id))
  }
  const sortBy = (key: ActionPlanSortKey) =>
    setView((v) => (v.sortBy !== key ? { ...v, sortBy: key, descending: false } : v.descending ? { ...v, sortBy: null, descending: false } : { ...v, descending: true }))
  const detailPlan = plans.find((p) => p.id === details)

  return (
    <Stack gap="md">
      <Text c="dimmed" maw={900}>{t('actionPlans.intro')}</Text>
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <Select w={240} label={t('actionPlans.filterOrganization')} placeholder={t('actionPlans.allOrganizations')} clearable searchable
            data={actionPlanOrganizations(plans)} value={view.organization} onChange={(organization) => setView((v) => ({ ...v, organization }))} data-testid="plans-filter-org" />
          <Select w={180} label={t('actionPlans.filterStatus')} placeholder={t('actionPlans.allStatuses')} clearable
            data={ACTION_PLAN_STATUSES.map((s) => ({ value: s, label: t(`actionPlans.statuses.${s}`) }))} value={view.status}
            onChange={(status) => setView((v) => ({ ...v, status: status }))} data-testid="plans-filter-status" />
          <Group gap={6} pb={6}>
            {ACTION_PLAN_STATUSES.map((s) => <Badge key={s} variant="light" color={s === 'done' ? 'green' : s === 'dropped' ? 'gray' : s === 'in-progress' ? 'blue' : 'teal'}>{t(`actionPlans.statuses.${s}`)}: {counts[s]}</Badge>)}
          </Group>
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => void add()} data-testid="plans-add">{t('actionPlans.add')}</Button>
      </Group>
      <Text size="sm" c="dimmed" data-testid="plans-count">
        {shown.length === plans.length ? t('actionPlans.count', { count: plans.length }) : t('actionPlans.shown', { shown: shown.length, count: plans.length })}
        {' · '}{t('actionPlans.enterHint')}
      </Text>
      <datalist id={`plans-orgs-${training.id}`}>
        {organizations.map((o) => <option key={o} value={o} />)}
      </datalist>
      {plans.length === 0 ? (
        <Paper withBorder p="lg"><Text c="dimmed">{t('actionPlans.empty')}</Text></Paper>
      ) : (
        <div className="plans-scroll">
          <table className="plans-table" data-testid="plans-table">
            <thead>
              <tr>
                <th className="plans-num">#</th>
                {COLUMNS.map((key) => (
                  <th key={key} className={`plans-col-${key}`}>
                    {SORTABLE.includes(key) ? (
                      <UnstyledButton className="plans-sort" onClick={() => sortBy(key as ActionPlanSortKey)} aria-label={t('actionPlans.sortBy', { column: t(`actionPlans.columns.${key}`) })}
                        data-testid={`plans-sort-${key}`}>
                        {t(`actionPlans.columns.${key}`)}
                        {view.sortBy === key ? (view.descending ? <IconArrowDown size={12} /> : <IconArrowUp size={12} />) : <IconSelector size={12} />}
                      </UnstyledButton>
                    ) : t(`actionPlans.columns.${key}`)}
                  </th>
                ))}
                <th className="plans-actions" />
              </tr>
            </thead>
            <tbody>
              {shown.map((plan, index) => (
                <ActionPlanRow key={plan.id} plan={plan} index={index} focus={plan.id === focusId} organizationsId={`plans-orgs-${training.id}`}
                  onEnter={(organization) => void add(organization)} onDetails={() => setDetails(plan.id)} onRemove={() => void remove(plan.id)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {detailPlan && <ActionPlanDetails key={detailPlan.id} plan={detailPlan} participants={participants} onClose={() => setDetails(null)} />}
    </Stack>
  )
}
