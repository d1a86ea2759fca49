import { Button, Center, Group, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy, IconTemplate } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { computeAgenda } from '../../../../shared/agenda/computeAgenda'
import { sessionFromTitle } from '../../../../shared/agenda/guessSessionMethod'
import type { Session } from '../../../../shared/model/session'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { addSession, moveSessionTo, updateSession } from '../../data/repositories/sessionRepository'
import {
  applyTemplate,
  deleteTemplate,
  restoreTemplate,
  saveAgendaAsTemplate,
  undoApplyTemplate,
  type ApplyMode,
} from '../../data/repositories/templateRepository'
import { AgendaBoard } from './AgendaBoard'
import { ApplyTemplateModal } from './ApplyTemplateModal'
import { SaveTemplateModal } from './SaveTemplateModal'
import { SessionEditor } from './SessionEditor'
import { templateChoices, type TemplateChoice } from './templateChoices'
import { TemplatePicker } from './TemplatePicker'
import { notifyWithUndo } from '../../ui/notifyWithUndo'
import { useAgendaActions } from './useAgendaActions'
import { useSavedTemplates, useSessions } from '../../data/hooks/useAgenda'
import { useTeam } from '../../data/hooks/useTeam'
import './agenda.css'

/** The agenda builder: days as columns of session cards, templates, and the session editor. */
export function AgendaTab({ training }: { training: Training }) {
  const { t, i18n } = useTranslation()
  const { data } = useData()
  const sessions = useSessions(training.id)
  const team = useTeam(training.id)
  const saved = useSavedTemplates()
  const { onAction, editingId, closeEditor, announcement } = useAgendaActions(training, sessions)
  const [dialog, setDialog] = useState<'apply' | 'save' | null>(null)
  const lang = i18n.language === 'id' ? 'id' : 'en'

  const names = useMemo(() => new Map((team ?? []).map((m) => [m.id, m.name])), [team])
  const facilitatorsOf = (s: Session) => s.facilitatorIds.flatMap((id) => names.get(id) ?? [])
  const choices = useMemo(
    () =>
      templateChoices(training, saved ?? [], lang).map((c) =>
        c.kind === 'blank'
          ? { ...c, name: t('agenda.templates.blankName'), description: t('agenda.templates.blankText', { days: c.days }) }
          : c.kind === 'modules'
            ? {
                ...c,
                name: t('agenda.templates.modulesName'),
                description:
                  training.modules.length === 0
                    ? t('agenda.templates.modulesNone')
                    : t('agenda.templates.modulesText', { count: training.modules.length, days: c.days }),
              }
            : c,
      ),
    [training, saved, lang, t],
  )
  const editing = editingId ? sessions?.find((s) => s.id === editingId) : undefined
  const scheduled = useMemo(() => {
    if (!editing || !sessions) return null
    const agenda = computeAgenda(sessions, training)
    return agenda.days.flatMap((d) => d.sessions).find((s) => s.session.id === editing.id) ?? null
  }, [editing, sessions, training])

  if (sessions === undefined || team === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    )
  }

  const apply = (choice: TemplateChoice, mode: ApplyMode) =>
    void applyTemplate(data, training.id, choice.sessions, mode).then((applied) =>
      notifyWithUndo(t('agenda.templates.applied', { name: choice.name }), t('app.undo'), () => undoApplyTemplate(data, applied)),
    )
  const removeTemplate = (choice: TemplateChoice) => {
    const id = choice.savedId
    if (id === null) return
    void deleteTemplate(data, id).then(() =>
      notifyWithUndo(t('agenda.templates.templateDeleted', { name: choice.name }), t('app.undo'), () => restoreTemplate(data, id)),
    )
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text c="dimmed" size="sm" maw={720}>
          {t('agenda.intro')}
        </Text>
        {sessions.length > 0 && (
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" leftSection={<IconTemplate size={16} />} onClick={() => setDialog('apply')}>
              {t('agenda.templates.apply')}
            </Button>
            <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={() => setDialog('save')}>
              {t('agenda.templates.save')}
            </Button>
          </Group>
        )}
      </Group>
      {sessions.length === 0 && (
        <Paper withBorder p="lg" data-testid="agenda-empty">
          <Title order={2} size="h4">
            {t('agenda.templates.emptyTitle')}
          </Title>
          <Text c="dimmed" size="sm" mb="md">
            {t('agenda.templates.emptyText')}
          </Text>
          <TemplatePicker training={training} choices={choices} onPick={(c) => apply(c, 'replace')} onDelete={removeTemplate} />
        </Paper>
      )}
      <AgendaBoard
        training={training}
        sessions={sessions}
        facilitatorsOf={facilitatorsOf}
        onAction={onAction}
        onQuickAdd={(day, title, afterId) => addSession(data, training.id, day, sessionFromTitle(title), afterId)}
        onMove={(id, day, index) => moveSessionTo(data, training.id, id, day, index)}
      />
      <VisuallyHidden aria-live="polite" data-testid="agenda-announcement">
        {announcement}
      </VisuallyHidden>
      {editing && (
        <SessionEditor
          key={editing.id}
          session={editing}
          scheduled={scheduled}
          team={team}
          modules={training.modules}
          onSave={(patch) => updateSession(data, editing.id, patch)}
          onClose={closeEditor}
        />
      )}
      {dialog === 'apply' && (
        <ApplyTemplateModal
          training={training}
          choices={choices}
          sessionCount={sessions.length}
          onApply={apply}
          onDelete={removeTemplate}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'save' && (
        <SaveTemplateModal
          initialName={training.title}
          onSave={(name) =>
            saveAgendaAsTemplate(data, training.id, name).then(() => notifications.show({ message: t('agenda.templates.saved', { name }) }))
          }
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  )
}
