import { Badge, Group, NumberInput, Paper, Select, Stack, Text, Textarea, TextInput, Title, Autocomplete } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../../../shared/model/common'
import { trainingDayDates } from '../../../../shared/model/newTraining'
import { MAX_DAYS, MIN_DAYS, TRAINING_KINDS, TRAINING_STATUSES, type Training } from '../../../../shared/model/training'
import { formatDayDate, formatMoney } from '../../app/format'
import { ListEditor } from '../../ui/ListEditor'
import { BudgetLinesEditor, RUPIAH_INPUT } from './BudgetLinesEditor'
import { ModuleListEditor } from './ModuleListEditor'
import { OrganizationPicker } from './OrganizationPicker'
import { ProblemList } from './ProblemList'
import { useTrainingDraft, type Draft } from './useTrainingDraft'

const CURRENCIES = ['IDR', 'USD', 'EUR', 'AUD', 'SGD', 'MYR', 'PHP']
const TIME_ZONES = ['WIB', 'WITA', 'WIT']

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Paper>
  )
}

/**
 * Everything the TOR of a training carries, saved as you type. What the user typed stays on
 * screen even while it is not valid; only valid fields are written.
 */
export function OverviewTab({ training }: { training: Training }) {
  const { t, i18n } = useTranslation()
  const { draft, errors, set, flush } = useTrainingDraft(training)
  const tr = t as unknown as (key: string, options?: Record<string, unknown>) => string
  const errorOf = (field: keyof Draft) => {
    const key = errors[field]
    return key ? tr(key, { max: field === 'title' ? SHORT_TEXT_MAX : LONG_TEXT_MAX, min: MIN_DAYS }) : undefined
  }
  const text = (field: keyof Draft & ('title' | 'organizer' | 'venue' | 'city' | 'timeZone'), testId?: string) => ({
    value: draft[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(field, e.currentTarget.value),
    onBlur: flush,
    error: errorOf(field),
    'data-testid': testId,
  })
  const longText = (
    field: 'background' | 'method' | 'targetParticipants' | 'conclusions' | 'recommendations' | 'fundingSource' | 'evaluationPlan',
  ) => ({
    value: draft[field],
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => set(field, e.currentTarget.value),
    onBlur: flush,
    error: errorOf(field),
    autosize: true,
    minRows: 3,
    'data-testid': `tor-${field}`,
  })
  const number = (field: 'days' | 'feeAmount' | 'quotaMin' | 'quotaMax' | 'perOrganizationMax' | 'budgetAmount') => ({
    value: draft[field],
    onChange: (value: number | string) => set(field, value),
    onBlur: flush,
    error: errorOf(field),
    allowDecimal: false,
    allowNegative: false,
    'data-testid': `tor-${field}`,
  })
  const date = (field: 'startDate' | 'registrationDue' | 'paymentDue') => ({
    type: 'date',
    value: draft[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(field, e.currentTarget.value),
    onBlur: flush,
    error: errorOf(field),
    'data-testid': `tor-${field}`,
  })
  const time = (field: 'dailyStart' | 'dailyEnd') => ({
    type: 'time',
    value: draft[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(field, e.currentTarget.value),
    onBlur: flush,
    error: errorOf(field),
    'data-testid': `tor-${field}`,
  })

  const days = typeof draft.days === 'number' && !errors.days && !errors.startDate ? trainingDayDates(draft.startDate, draft.days) : []
  const idr = draft.feeCurrency === 'IDR'
  const list = (field: 'basis' | 'outcomes' | 'benefits' | 'impacts' | 'equipment', placeholder: string) => (
    <ListEditor
      label={t(`tor.${field}`)}
      items={draft[field]}
      placeholder={tr(placeholder)}
      onChange={(v) => set(field, v)}
      onBlur={flush}
      testId={`tor-list-${field}`}
    />
  )
  const dynamicsOf = (index: number) => draft.dayDynamics[index] ?? ''
  const setDynamics = (index: number, value: string) =>
    set(
      'dayDynamics',
      Array.from({ length: Math.max(draft.dayDynamics.length, index + 1) }, (_, i) => (i === index ? value : dynamicsOf(i))),
    )

  return (
    <Stack gap="lg" maw={880}>
      <Text c="dimmed">{t('workspace.overviewIntro')}</Text>
      <Section title={t('tor.sections.essentials')}>
        <TextInput label={t('training.title')} size="md" {...text('title', 'overview-title')} />
        <div className="field-pair">
          <Select
            label={t('tor.kind')}
            data={TRAINING_KINDS.map((k) => ({ value: k, label: t(`tor.kinds.${k}`) }))}
            value={draft.kind}
            allowDeselect={false}
            onChange={(v) => v && set('kind', v)}
            data-testid="tor-kind"
          />
          <Select
            label={t('tor.status')}
            data={TRAINING_STATUSES.map((k) => ({ value: k, label: t(`tor.statuses.${k}`) }))}
            value={draft.status}
            allowDeselect={false}
            onChange={(v) => v && set('status', v)}
            data-testid="tor-status"
          />
        </div>
        <TextInput label={t('tor.organizer')} {...text('organizer', 'tor-organizer')} />
        <OrganizationPicker training={training} />
        <div className="field-pair">
          <TextInput label={t('training.startDate')} {...date('startDate')} data-testid="overview-start" />
          <NumberInput label={t('training.days')} min={MIN_DAYS} max={MAX_DAYS} {...number('days')} data-testid="overview-days" />
        </div>
        {days.length > 0 && (
          <Group gap="xs" data-testid="overview-day-dates">
            {days.map((d, index) => (
              <Badge key={d} variant="light" size="lg" radius="sm">
                {t('training.dayN', { n: index + 1 })} · {formatDayDate(d, i18n.language)}
              </Badge>
            ))}
          </Group>
        )}
        <div className="field-pair">
          <TextInput label={t('tor.dailyStart')} {...time('dailyStart')} />
          <TextInput label={t('tor.dailyEnd')} {...time('dailyEnd')} />
          <Autocomplete
            label={t('tor.timeZone')}
            description={t('tor.timeZoneHint')}
            data={TIME_ZONES}
            value={draft.timeZone}
            onChange={(v) => set('timeZone', v)}
            onBlur={flush}
            error={errorOf('timeZone')}
            data-testid="tor-timeZone"
          />
        </div>
        <div className="field-pair">
          <TextInput label={t('tor.venue')} {...text('venue', 'tor-venue')} />
          <TextInput label={t('tor.city')} {...text('city', 'tor-city')} />
        </div>
      </Section>

      <Section title={t('tor.sections.registration')}>
        <div className="field-pair">
          <NumberInput
            label={t('tor.fee')}
            {...number('feeAmount')}
            thousandSeparator={idr || i18n.language === 'id' ? '.' : ','}
            decimalSeparator={idr || i18n.language === 'id' ? ',' : '.'}
            description={
              typeof draft.feeAmount === 'number'
                ? t('tor.feeShown', { amount: formatMoney(draft.feeAmount, draft.feeCurrency, i18n.language) })
                : undefined
            }
          />
          <Select
            label={t('tor.currency')}
            data={CURRENCIES}
            value={draft.feeCurrency}
            allowDeselect={false}
            onChange={(v) => v && set('feeCurrency', v)}
            data-testid="tor-currency"
          />
        </div>
        <div className="field-pair">
          <NumberInput label={t('tor.quotaMin')} {...number('quotaMin')} />
          <NumberInput label={t('tor.quotaMax')} {...number('quotaMax')} />
          <NumberInput label={t('tor.perOrganizationMax')} {...number('perOrganizationMax')} />
        </div>
        <div className="field-pair">
          <TextInput label={t('tor.registrationDue')} {...date('registrationDue')} />
          <TextInput label={t('tor.paymentDue')} {...date('paymentDue')} />
        </div>
      </Section>

      <Section title={t('tor.sections.content')}>
        <Textarea label={t('tor.background')} {...longText('background')} minRows={4} />
        <ListEditor
          label={t('tor.objectives')}
          items={draft.objectives}
          placeholder={t('tor.objectivePlaceholder')}
          onChange={(v) => set('objectives', v)}
          onBlur={flush}
          testId="tor-objectives"
        />
        <ListEditor
          label={t('tor.expectedOutcomes')}
          items={draft.expectedOutcomes}
          placeholder={t('tor.outcomePlaceholder')}
          onChange={(v) => set('expectedOutcomes', v)}
          onBlur={flush}
          testId="tor-outcomes"
        />
        <Textarea label={t('tor.method')} {...longText('method')} />
        <ModuleListEditor modules={draft.modules} onChange={(v) => set('modules', v)} onBlur={flush} />
        <Textarea label={t('tor.targetParticipants')} {...longText('targetParticipants')} />
      </Section>

      <Section title={t('tor.sections.basisFunding')}>
        {list('basis', 'tor.basisPlaceholder')}
        <Textarea label={t('tor.fundingSource')} {...longText('fundingSource')} minRows={1} />
        <NumberInput
          label={t('tor.budgetAmount')}
          {...number('budgetAmount')}
          {...RUPIAH_INPUT}
          prefix="Rp "
          hideControls
          maw={320}
          description={
            typeof draft.budgetAmount === 'number' && !errors.budgetAmount
              ? t('tor.budgetShown', { amount: formatMoney(draft.budgetAmount, 'IDR', i18n.language) })
              : undefined
          }
        />
        <BudgetLinesEditor
          lines={draft.budgetLines}
          onChange={(v) => set('budgetLines', v)}
          onBlur={flush}
          error={errorOf('budgetLines')}
        />
      </Section>

      <Section title={t('tor.sections.logframe')}>
        <Text size="sm" c="dimmed">
          {t('tor.logframeHint')}
        </Text>
        {list('outcomes', 'tor.outcomesPlaceholder')}
        {list('benefits', 'tor.benefitsPlaceholder')}
        {list('impacts', 'tor.impactsPlaceholder')}
      </Section>

      <Section title={t('tor.sections.running')}>
        {list('equipment', 'tor.equipmentPlaceholder')}
        <Textarea label={t('tor.evaluationPlan')} description={t('tor.evaluationPlanHint')} {...longText('evaluationPlan')} />
        <Stack gap={6} data-testid="tor-dayDynamics">
          <Text fw={500} size="sm">
            {t('tor.dayDynamics')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('tor.dayDynamicsHint')}
          </Text>
          {Array.from({ length: typeof draft.days === 'number' ? Math.min(draft.days, MAX_DAYS) : training.days }, (_, index) => (
            <Textarea
              key={index}
              label={
                days[index]
                  ? `${t('training.dayN', { n: index + 1 })} · ${formatDayDate(days[index], i18n.language)}`
                  : t('training.dayN', { n: index + 1 })
              }
              value={dynamicsOf(index)}
              onChange={(e) => setDynamics(index, e.currentTarget.value)}
              onBlur={flush}
              autosize
              minRows={2}
              error={errorOf('dayDynamics')}
              data-testid={`tor-dynamics-${index + 1}`}
            />
          ))}
        </Stack>
      </Section>

      <Section title={t('tor.sections.problems')}>
        <ProblemList training={training} />
      </Section>

      <Section title={t('tor.sections.closing')}>
        <Textarea label={t('tor.conclusions')} {...longText('conclusions')} />
        <Textarea label={t('tor.recommendations')} {...longText('recommendations')} />
      </Section>
    </Stack>
  )
}
