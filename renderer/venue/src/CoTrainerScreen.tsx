import { useState } from 'react'
import type { CoTrainerView } from '../../../shared/venue/protocol'
import { BoardView } from './BoardView'
import type { PhoneT } from './i18n'
import { usePhoneT } from './i18n'
import { newItemId } from './itemId'
import type { Outbox } from './outbox'
import { useDraft } from './useDraft'
import { useOutbox } from './useOutbox'
import { VENUE_TEXT_MAX } from '../../../shared/venue/protocol'

const TABS = ['observe', 'groups', 'notes', 'attendance', 'board'] as const
type Tab = (typeof TABS)[number]
const TAB_LABEL = {
  observe: 'tabObserve',
  groups: 'tabGroups',
  notes: 'tabNotes',
  attendance: 'tabAttendance',
  board: 'tabBoard',
} as const

/** A paired co-trainer: picks a session and captures into it; sees the board live. */
export function CoTrainerScreen({ view, outbox }: { view: CoTrainerView; outbox: Outbox }): React.JSX.Element {
  const { t } = usePhoneT()
  const [picked, setPicked] = useState<string | null>(null)
  const [tab, setTab] = useState<Tab>('observe')
  const sessionId =
    picked && view.sessions.some((session) => session.id === picked) ? picked : (view.session?.id ?? view.sessions[0]?.id ?? null)
  return (
    <>
      {/* Label and select side by side (not nested): a nested select's options would join the label's name. */}
      <div className="field panel">
        <label htmlFor="session-pick">{t('pickSession')}</label>
        <select id="session-pick" value={sessionId ?? ''} onChange={(event) => setPicked(event.target.value)}>
          {view.sessions.map((session) => (
            <option key={session.id} value={session.id}>
              {session.start ? `${session.start} ` : ''}
              {session.title}
            </option>
          ))}
        </select>
      </div>
      <nav className="tabs" aria-label={t('captureTabs')}>
        {TABS.map((key) => (
          <button
            key={key}
            type="button"
            className={key === tab ? 'tab chosen' : 'tab'}
            aria-pressed={key === tab}
            onClick={() => setTab(key)}
          >
            {t(TAB_LABEL[key])}
          </button>
        ))}
      </nav>
      {tab === 'observe' && sessionId && <ObservationForm view={view} sessionId={sessionId} outbox={outbox} t={t} />}
      {tab === 'groups' && sessionId && <GroupOutputForm view={view} sessionId={sessionId} outbox={outbox} t={t} />}
      {tab === 'notes' && sessionId && <ProcessNoteForm sessionId={sessionId} outbox={outbox} t={t} />}
      {tab === 'attendance' && <AttendanceList view={view} outbox={outbox} t={t} />}
      {tab === 'board' && <BoardView board={view.board} />}
    </>
  )
}

interface FormProps {
  view: CoTrainerView
  sessionId: string
  outbox: Outbox
  t: PhoneT
}

function ObservationForm({ view, sessionId, outbox, t }: FormProps): React.JSX.Element {
  const rolePlays = view.rolePlays.filter((rolePlay) => rolePlay.sessionId === sessionId)
  const [rolePlayPick, setRolePlayId] = useState<string>('')
  const [rolePick, setRoleId] = useState<string | null>(null)
  const [text, setText, clearText] = useDraft(`observation.${sessionId}`)
  const rolePlay = rolePlays.find((candidate) => candidate.id === rolePlayPick) ?? rolePlays[0] ?? null
  const roleId = rolePlay?.roles.some((role) => role.id === rolePick) ? rolePick : null
  const submit = (event: React.FormEvent): void => {
    event.preventDefault()
    if (!text.trim()) return
    outbox.add({ kind: 'observation', itemId: newItemId(), sessionId, rolePlayId: rolePlay?.id ?? null, roleId, text: text.trim() })
    clearText()
  }
  return (
    <form className="panel" onSubmit={submit}>
      {rolePlays.length > 0 && (
        <div className="field">
          <label htmlFor="roleplay-pick">{t('rolePlay')}</label>
          <select id="roleplay-pick" value={rolePlay?.id ?? ''} onChange={(event) => setRolePlayId(event.target.value)}>
            {rolePlays.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {rolePlay && rolePlay.roles.length > 0 && (
        <fieldset className="tags">
          <legend>{t('roleTags')}</legend>
          <button
            type="button"
            className={roleId === null ? 'tag chosen' : 'tag'}
            aria-pressed={roleId === null}
            onClick={() => setRoleId(null)}
          >
            {t('noRole')}
          </button>
          {rolePlay.roles.map((role) => (
            <button
              key={role.id}
              type="button"
              className={roleId === role.id ? 'tag chosen' : 'tag'}
              aria-pressed={roleId === role.id}
              onClick={() => setRoleId(role.id)}
            >
              {role.name}
            </button>
          ))}
        </fieldset>
      )}
      <label className="field">
        <span>{t('observation')}</span>
        <textarea rows={4} maxLength={VENUE_TEXT_MAX} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={!text.trim()}>
        {t('send')}
      </button>
    </form>
  )
}

function GroupOutputForm({ view, sessionId, outbox, t }: FormProps): React.JSX.Element {
  const groups = view.groups.filter((group) => group.sessionId === sessionId)
  const [groupPick, setGroupId] = useState('')
  const [point, setPoint, clearPoint] = useDraft(`group-output.${sessionId}`)
  const group = groups.find((candidate) => candidate.id === groupPick) ?? groups[0] ?? null
  if (!group) return <p className="note">{t('noGroups')}</p>
  const submit = (event: React.FormEvent): void => {
    event.preventDefault()
    if (!point.trim()) return
    outbox.add({ kind: 'group-output', itemId: newItemId(), groupId: group.id, point: point.trim() })
    clearPoint()
  }
  return (
    <form className="panel" onSubmit={submit}>
      <div className="field">
        <label htmlFor="group-pick">{t('group')}</label>
        <select id="group-pick" value={group.id} onChange={(event) => setGroupId(event.target.value)}>
          {groups.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </div>
      <label className="field">
        <span>{t('groupPoint')}</span>
        <textarea rows={3} maxLength={VENUE_TEXT_MAX} value={point} onChange={(event) => setPoint(event.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={!point.trim()}>
        {t('send')}
      </button>
    </form>
  )
}

function ProcessNoteForm({ sessionId, outbox, t }: Omit<FormProps, 'view'>): React.JSX.Element {
  const [text, setText, clearText] = useDraft(`process-note.${sessionId}`)
  const submit = (event: React.FormEvent): void => {
    event.preventDefault()
    if (!text.trim()) return
    outbox.add({ kind: 'process-note', itemId: newItemId(), sessionId, text: text.trim() })
    clearText()
  }
  return (
    <form className="panel" onSubmit={submit}>
      <label className="field">
        <span>{t('processNote')}</span>
        <textarea rows={4} maxLength={VENUE_TEXT_MAX} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={!text.trim()}>
        {t('send')}
      </button>
    </form>
  )
}

function AttendanceList({ view, outbox, t }: Omit<FormProps, 'sessionId'>): React.JSX.Element {
  const { entries } = useOutbox(outbox)
  // The latest tick this phone sent (and the laptop did not refuse) shows until the view catches up.
  const ticked = new Map<string, boolean>()
  for (const entry of entries) {
    const item = entry.item
    if (item.kind === 'attendance' && item.day === view.day && (entry.status === 'pending' || entry.status === 'received')) {
      ticked.set(item.participantId, item.present)
    }
  }
  return (
    <section className="panel" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('attendanceDay', { day: view.day })}</h2>
      {view.participants.length === 0 && <p className="note">{t('noParticipants')}</p>}
      <ul className="ticks">
        {view.participants.map((participant) => {
          const present = ticked.get(participant.id) ?? participant.present
          return (
            <li key={participant.id}>
              <label className="tick">
                <input
                  type="checkbox"
                  checked={present}
                  onChange={() =>
                    outbox.add({ kind: 'attendance', itemId: newItemId(), participantId: participant.id, day: view.day, present: !present })
                  }
                />
                <span>{participant.name}</span>
              </label>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
