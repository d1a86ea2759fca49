import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconFileImport, IconPlus } from '@tabler/icons-react'
import { useDeferredValue, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Participant } from '../../../../shared/model/participant'
import type { Training } from '../../../../shared/model/training'
import { quotaWarnings } from '../../../../shared/participants/quotaWarnings'
import { useData } from '../../data/hooks/useData'
import { addParticipant, removeParticipant, restoreParticipant, updateParticipant } from '../../data/repositories/participantRepository'
import { AttendanceGrid } from './AttendanceGrid'
import { ImportWizard } from './ImportWizard'
import { ParticipantList } from './ParticipantList'
import { ParticipantModal } from './ParticipantModal'
import { ParticipantSummaryView } from './ParticipantSummaryView'
import { QuotaWarningList } from './QuotaWarningList'
import { useAttendance } from '../../data/hooks/useAttendance'
import { useParticipants } from '../../data/hooks/useParticipants'
import './participants.css'
import { notifyWithUndo } from '../../ui/notifyWithUndo'
import { compareNames } from '../../../../shared/lists/compareNames'

type View = 'list' | 'attendance' | 'summary'

function distinct(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))].sort(compareNames)
}

/** The participants of a training: the list (add, edit, import), attendance per day, and the donor tables. */
export function ParticipantsTab({ training }: { training: Training }) {
  const { t } = useTranslation()
  const { data } = useData()
  const [importFile, setImportFile] = useState<File | null>(null)
  // While an import writes its chunks the list holds still, and is read once when it is done.
  const [importing, setImporting] = useState(false)
  const participants = useParticipants(training.id, importing)
  const attendance = useAttendance(training.id)
  const [view, setView] = useState<View>('list')
  const [editing, setEditing] = useState<Participant | 'new' | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  const list = useMemo(() => participants ?? [], [participants])
  // Checked in a render of its own after the list's: with 50,000 people each takes a good part of the 200 ms a frame may freeze.
  const checkedList = useDeferredValue(list)
  const warnings = useMemo(() => quotaWarnings(training, checkedList), [training, checkedList])
  const flagged = useMemo(() => new Set(warnings.flatMap((w) => w.participantIds)), [warnings])
  const observers = list.filter((p) => p.observer).length

  const remove = async (p: Participant) => {
    await removeParticipant(data, p.id)
    notifyWithUndo(t('participants.removed', { name: p.name }), t('app.undo'), () => restoreParticipant(data, p.id))
  }

  return (
    <Stack gap="md" data-testid="participants-tab">
      <Group justify="space-between" align="center" wrap="wrap">
        <SegmentedControl
          value={view}
          onChange={(v) => setView(v)}
          data={(['list', 'attendance', 'summary'] as const).map((v) => ({ value: v, label: t(`participants.views.${v}`) }))}
          data-testid="participants-views"
        />
        <Group gap="sm">
          <Text size="sm" c="dimmed" data-testid="participants-count">
            {t('participants.count', { count: list.length - observers, observers })}
          </Text>
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => fileInput.current?.click()}>
            {t('participants.import')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('participants.add')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.xlsx"
            hidden
            data-testid="participants-import-input"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0]
              // Cleared so that picking the same file again opens the import again.
              e.currentTarget.value = ''
              if (file) setImportFile(file)
            }}
          />
        </Group>
      </Group>

      {view === 'list' && (
        <>
          <QuotaWarningList warnings={warnings} />
          {participants !== undefined && list.length === 0 ? (
            <Paper withBorder p="lg">
              <Text c="dimmed">{t('participants.empty')}</Text>
            </Paper>
          ) : (
            <ParticipantList participants={list} flagged={flagged} onEdit={setEditing} onRemove={(p) => void remove(p)} />
          )}
        </>
      )}
      {view === 'attendance' && attendance !== undefined && (
        <AttendanceGrid training={training} participants={list} attendance={attendance} />
      )}
      {view === 'summary' && <ParticipantSummaryView participants={list} />}

      {editing !== null && (
        <ParticipantModal
          key={editing === 'new' ? 'new' : editing.id}
          participant={editing === 'new' ? null : editing}
          organizations={distinct(list.map((p) => p.organization))}
          regions={distinct(list.map((p) => p.region))}
          onClose={() => setEditing(null)}
          onSave={(input) => (editing === 'new' ? addParticipant(data, training.id, input) : updateParticipant(data, editing.id, input))}
        />
      )}
      {importFile !== null && (
        <ImportWizard
          file={importFile}
          trainingId={training.id}
          existing={list}
          onSaving={setImporting}
          onClose={() => {
            setImportFile(null)
            setImporting(false)
          }}
        />
      )}
    </Stack>
  )
}
