import { Textarea } from '@mantine/core'
import { forwardRef, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/model/session'
import { useData } from '../../data/hooks/useData'
import { saveProcessNotes } from '../../data/repositories/runRepository'
import { useAutosave } from '../../ui/useAutosave'

/**
 * The process notes of a session, saved as the trainer types. What is typed stays in local
 * state (the row is only the starting value), so a live update never moves the caret; the
 * parent keys this by session id.
 */
export const ProcessNotes = forwardRef<HTMLTextAreaElement, { session: Session }>(function ProcessNotes({ session }, ref) {
  const { t } = useTranslation()
  const { data } = useData()
  const [text, setText] = useState(session.processNotes)
  const save = useCallback((value: string) => saveProcessNotes(data, session.id, value), [data, session.id])
  const { schedule, flush } = useAutosave(save, { draft: { table: 'sessions', id: session.id, field: 'processNotes' } })
  return (
    <Textarea
      ref={ref}
      classNames={{ root: 'run-notes', wrapper: 'run-notes-wrapper', input: 'run-notes-input' }}
      label={t('run.notes')}
      placeholder={t('run.notesPlaceholder')}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value)
        schedule(e.currentTarget.value)
      }}
      onBlur={flush}
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.currentTarget.blur()
      }}
      data-testid="run-notes"
    />
  )
})
