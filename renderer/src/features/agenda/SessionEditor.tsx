import { ActionIcon, Button, Drawer, Group, MultiSelect, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScheduledSession } from '../../../../shared/agenda/computeDaySchedule'
import { methodLabel, SESSION_METHOD_CATALOG } from '../../../../shared/agenda/sessionMethods'
import { isHHmm } from '../../../../shared/agenda/timeOfDay'
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../../../shared/model/common'
import { withDefaults } from '../../../../shared/model/rowDefaults'
import type { Session } from '../../../../shared/model/session'
import type { TeamMember } from '../../../../shared/model/teamMember'
import type { TrainingModule } from '../../../../shared/model/training'
import type { SessionPatch } from '../../data/repositories/sessionRepository'
import { useAutosave } from '../../ui/useAutosave'

const QUICK_MINUTES = [15, 30, 45, 60, 90, 120]
const MAX_MINUTES = 24 * 60
/** Agendas are planned in quarter hours. */
const DURATION_STEP_MIN = 15

/** What the editor holds while the user types, valid or not. */
interface Draft {
  title: string
  methodText: string
  durationMin: number | string
  pinnedStart: string
  objectives: string
  materials: string
  equipment: string
}

type ErrorKey = 'titleRequired' | 'tooLong' | 'duration' | 'pinned'

function errorOf(field: keyof Draft, value: Draft[keyof Draft]): ErrorKey | null {
  if (field === 'title') {
    const text = String(value)
    return text.trim() === '' ? 'titleRequired' : text.length > SHORT_TEXT_MAX ? 'tooLong' : null
  }
  if (field === 'durationMin')
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_MINUTES ? null : 'duration'
  if (field === 'pinnedStart') return value === '' || isHHmm(String(value)) ? null : 'pinned'
  if (field === 'methodText') return String(value).length > SHORT_TEXT_MAX ? 'tooLong' : null
  return String(value).length > LONG_TEXT_MAX ? 'tooLong' : null
}

function toPatch(field: keyof Draft, value: Draft[keyof Draft]): SessionPatch {
  if (field === 'title') return { title: String(value).trim() }
  if (field === 'methodText') return { methodText: String(value).trim() }
  if (field === 'durationMin') return { durationMin: Number(value) }
  if (field === 'pinnedStart') return { pinnedStart: value === '' ? null : String(value) }
  return { [field]: String(value) }
}

/**
 * Edits one session in a side drawer, saved as you type: what the user typed stays on screen
 * even when it is not valid (with the reason), and only valid fields are written.
 */
export function SessionEditor({
  session,
  scheduled,
  team,
  modules,
  onSave,
  onClose,
}: {
  session: Session
  scheduled: ScheduledSession | null
  team: TeamMember[]
  modules: TrainingModule[]
  onSave: (patch: SessionPatch) => Promise<unknown>
  onClose: () => void
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language === 'id' ? 'id' : 'en'
  const [draft, setDraft] = useState<Draft>({
    title: session.title,
    methodText: session.methodText ?? '',
    durationMin: session.durationMin,
    pinnedStart: session.pinnedStart ?? '',
    objectives: session.objectives,
    materials: session.materials,
    equipment: withDefaults('sessions', session).equipment,
  })
  const [choices, setChoices] = useState({ method: session.method, facilitatorIds: session.facilitatorIds, moduleId: session.moduleId })
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, ErrorKey>>>({})
  const pending = useRef<SessionPatch>({})
  // The patch grows until it has landed, so a draft kept when the page goes away holds every change not yet committed.
  const { schedule, flush } = useAutosave<SessionPatch>(
    async (patch) => {
      await onSave(patch)
      if (pending.current === patch) pending.current = {}
    },
    { draft: { table: 'sessions', id: session.id } },
  )

  const queue = (patch: SessionPatch, now = false) => {
    pending.current = { ...pending.current, ...patch }
    schedule(pending.current)
    if (now) flush()
  }
  const set = <K extends keyof Draft>(field: K, value: Draft[K], now = false) => {
    setDraft((d) => ({ ...d, [field]: value }))
    const error = errorOf(field, value)
    setErrors((e) => ({ ...e, [field]: error ?? undefined }))
    if (error === null) queue(toPatch(field, value), now)
  }
  const message = (field: keyof Draft) => {
    const key = errors[field]
    return key
      ? t(`agenda.editor.errors.${key}`, {
          max: key === 'duration' ? MAX_MINUTES : field === 'title' || field === 'methodText' ? SHORT_TEXT_MAX : LONG_TEXT_MAX,
        })
      : undefined
  }
  const choose = (patch: Partial<typeof choices>) => {
    setChoices((c) => ({ ...c, ...patch }))
    queue(patch, true)
  }
  const known = new Set(team.map((m) => m.id))
  const close = () => {
    flush()
    onClose()
  }

  return (
    <Drawer
      opened
      onClose={close}
      position="right"
      size={440}
      lockScroll={false}
      title={<Text fw={700}>{t('agenda.editor.title')}</Text>}
      data-testid="session-editor"
    >
      <Stack gap="md">
        {scheduled && (
          <Text size="sm" c="dimmed" data-testid="editor-schedule">
            {t('agenda.editor.scheduled', { day: session.day, start: scheduled.start, end: scheduled.end })}
          </Text>
        )}
        <TextInput
          label={t('agenda.editor.sessionTitle')}
          value={draft.title}
          data-autofocus
          error={message('title')}
          onChange={(e) => set('title', e.currentTarget.value)}
          onBlur={flush}
          data-testid="editor-title"
        />
        <Select
          label={t('agenda.editor.method')}
          data={SESSION_METHOD_CATALOG.map((e) => ({
            value: e.method,
            label: e.method === 'other' ? t('agenda.editor.otherMethod') : methodLabel(e.method, lang),
          }))}
          value={choices.method}
          allowDeselect={false}
          searchable
          onChange={(value) => {
            const entry = SESSION_METHOD_CATALOG.find((e) => e.method === value)
            if (entry) choose({ method: entry.method })
          }}
          data-testid="editor-method"
        />
        {choices.method === 'other' && (
          <TextInput
            label={t('agenda.editor.customMethod')}
            placeholder={t('agenda.editor.customMethodPlaceholder')}
            description={t('agenda.editor.customMethodHint')}
            value={draft.methodText}
            error={message('methodText')}
            onChange={(e) => set('methodText', e.currentTarget.value)}
            onBlur={flush}
            data-testid="editor-method-text"
          />
        )}
        <Stack gap={6}>
          <NumberInput
            label={t('agenda.editor.duration')}
            value={draft.durationMin}
            min={0}
            max={MAX_MINUTES}
            step={DURATION_STEP_MIN}
            allowDecimal={false}
            allowNegative={false}
            error={message('durationMin')}
            onChange={(value) => set('durationMin', value)}
            onBlur={flush}
            data-testid="editor-duration"
          />
          <Group gap={6} aria-label={t('agenda.editor.quickPicks')} role="group">
            {QUICK_MINUTES.map((n) => (
              <Button
                key={n}
                size="compact-xs"
                variant={draft.durationMin === n ? 'filled' : 'default'}
                onClick={() => set('durationMin', n, true)}
              >
                {t('agenda.editor.minutes', { n })}
              </Button>
            ))}
          </Group>
        </Stack>
        <TextInput
          type="time"
          label={t('agenda.editor.pinned')}
          description={t('agenda.editor.pinnedHint')}
          value={draft.pinnedStart}
          error={message('pinnedStart')}
          onChange={(e) => set('pinnedStart', e.currentTarget.value)}
          onBlur={flush}
          data-testid="editor-pinned"
          rightSection={
            draft.pinnedStart !== '' && (
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('agenda.editor.clearPin')}
                onClick={() => set('pinnedStart', '', true)}
              >
                <IconX size={14} />
              </ActionIcon>
            )
          }
        />
        <MultiSelect
          label={t('agenda.editor.facilitators')}
          placeholder={team.length > 0 ? t('agenda.editor.facilitatorsPlaceholder') : undefined}
          description={team.length === 0 ? t('agenda.editor.noTeam') : undefined}
          data={team.map((m) => ({ value: m.id, label: m.name }))}
          value={choices.facilitatorIds.filter((id) => known.has(id))}
          disabled={team.length === 0}
          onChange={(ids) => choose({ facilitatorIds: [...ids, ...choices.facilitatorIds.filter((id) => !known.has(id))] })}
          data-testid="editor-facilitators"
        />
        <Select
          label={t('agenda.editor.module')}
          placeholder={t('agenda.editor.modulePlaceholder')}
          description={modules.length === 0 ? t('agenda.editor.noModules') : undefined}
          data={modules.map((m) => ({ value: m.id, label: m.title || m.id }))}
          value={choices.moduleId !== null && modules.some((m) => m.id === choices.moduleId) ? choices.moduleId : null}
          clearable
          disabled={modules.length === 0}
          onChange={(value) => choose({ moduleId: value })}
          data-testid="editor-module"
        />
        <Textarea
          label={t('agenda.editor.objectives')}
          autosize
          minRows={2}
          maxRows={8}
          value={draft.objectives}
          error={message('objectives')}
          onChange={(e) => set('objectives', e.currentTarget.value)}
          onBlur={flush}
          data-testid="editor-objectives"
        />
        <Textarea
          label={t('agenda.editor.materials')}
          autosize
          minRows={2}
          maxRows={8}
          value={draft.materials}
          error={message('materials')}
          onChange={(e) => set('materials', e.currentTarget.value)}
          onBlur={flush}
          data-testid="editor-materials"
        />
        <Textarea
          label={t('agenda.editor.equipment')}
          placeholder={t('agenda.editor.equipmentPlaceholder')}
          autosize
          minRows={2}
          maxRows={8}
          value={draft.equipment}
          error={message('equipment')}
          onChange={(e) => set('equipment', e.currentTarget.value)}
          onBlur={flush}
          data-testid="editor-equipment"
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('agenda.editor.savedAsYouType')}
          </Text>
          <Button onClick={close} data-testid="editor-done">
            {t('agenda.editor.done')}
          </Button>
        </Group>
      </Stack>
    </Drawer>
  )
}
