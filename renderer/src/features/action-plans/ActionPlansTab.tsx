import { Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  actionPlanOrganizations,
  countByStatus,
  viewActionPlans,
  type ActionPlanSortKey,
  type ActionPlanView,
} from '../../../../shared/capture/actionPlanTable'
import { ACTION_PLAN_STATUSES } from '../../../../shared/model/actionPlan'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { addActionPlan, removeActionPlan, restoreActionPlan } from '../../data/repositories/actionPlanRepository'
import { useParticipants } from '../../data/hooks/useParticipants'
import { ActionPlanDetails } from './ActionPlanDetails'
import { ActionPlanTable } from './ActionPlanTable'
import { useActionPlans } from '../../data/hooks/useActionPlans'
import './actionPlans.css'
import { notifyWithUndo } from '../../ui/notifyWithUndo'

/** Follow-up action plans (RTL): an editable table, sortable and filterable, usable live and months later. */
export function ActionPlansTab({ training }: { training: Training }) {
  const { t } = useTranslation()
  const { data } = useData()
  const participants = useParticipants(training.id)
  const plans = useActionPlans(training.id)
  const [view, setView] = useState<ActionPlanView>({ sortBy: null, descending: false, organization: null, status: null })
  const [focusId, setFocusId] = useState<string | null>(null)
  const [details, setDetails] = useState<string | null>(null)
  const organizationsId = `plans-orgs-${training.id}`
  const shown = useMemo(() => (plans ? viewActionPlans(plans, view) : []), [plans, view])
  const organizations = useMemo(() => actionPlanOrganizations([...(plans ?? []), ...(participants ?? [])]), [plans, participants])
  const planOrganizations = useMemo(() => actionPlanOrganizations(plans ?? []), [plans])
  const counts = useMemo(() => countByStatus(plans ?? []), [plans])
  const add = useCallback(
    async (organization: string) => {
      const row = await addActionPlan(data, training.id, { organization, ...(view.status ? { status: view.status } : {}) })
      setFocusId(row.id)
    },
    [data, training.id, view.status],
  )
  // Stable between renders, so the memoised rows do not re-render when another row changes.
  const onEnter = useCallback((organization: string) => void add(organization), [add])
  const onRemove = useCallback(
    (id: string) => {
      void removeActionPlan(data, id).then(() => notifyWithUndo(t('actionPlans.removed'), t('app.undo'), () => restoreActionPlan(data, id)))
    },
    [data, t],
  )
  const sortBy = useCallback(
    (key: ActionPlanSortKey) =>
      setView((v) =>
        v.sortBy !== key
          ? { ...v, sortBy: key, descending: false }
          : v.descending
            ? { ...v, sortBy: null, descending: false }
            : { ...v, descending: true },
      ),
    [],
  )
  if (plans === undefined || participants === undefined) return null
  const detailPlan = plans.find((p) => p.id === details)

  return (
    <Stack gap="md">
      <Text c="dimmed" maw={900}>
        {t('actionPlans.intro')}
      </Text>
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <Select
            w={240}
            label={t('actionPlans.filterOrganization')}
            placeholder={t('actionPlans.allOrganizations')}
            clearable
            searchable
            data={planOrganizations}
            value={view.organization}
            onChange={(organization) => setView((v) => ({ ...v, organization }))}
            data-testid="plans-filter-org"
          />
          <Select
            w={180}
            label={t('actionPlans.filterStatus')}
            placeholder={t('actionPlans.allStatuses')}
            clearable
            data={ACTION_PLAN_STATUSES.map((s) => ({ value: s, label: t(`actionPlans.statuses.${s}`) }))}
            value={view.status}
            onChange={(status) => setView((v) => ({ ...v, status: status }))}
            data-testid="plans-filter-status"
          />
          <Group gap={6} pb={6}>
            {ACTION_PLAN_STATUSES.map((s) => (
              <Badge
                key={s}
                variant="light"
                color={s === 'done' ? 'green' : s === 'dropped' ? 'gray' : s === 'in-progress' ? 'blue' : 'teal'}
              >
                {t(`actionPlans.statuses.${s}`)}: {counts[s]}
              </Badge>
            ))}
          </Group>
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => void add(view.organization ?? '')} data-testid="plans-add">
          {t('actionPlans.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" data-testid="plans-count">
        {shown.length === plans.length
          ? t('actionPlans.count', { count: plans.length })
          : t('actionPlans.shown', { shown: shown.length, count: plans.length })}
        {' · '}
        {t('actionPlans.enterHint')}
      </Text>
      <datalist id={organizationsId}>
        {organizations.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      {plans.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t('actionPlans.empty')}</Text>
        </Paper>
      ) : (
        <ActionPlanTable
          shown={shown}
          view={view}
          focusId={focusId}
          organizationsId={organizationsId}
          onSort={sortBy}
          onEnter={onEnter}
          onDetails={setDetails}
          onRemove={onRemove}
        />
      )}
      {detailPlan && (
        <ActionPlanDetails key={detailPlan.id} plan={detailPlan} participants={participants} onClose={() => setDetails(null)} />
      )}
    </Stack>
  )
}
