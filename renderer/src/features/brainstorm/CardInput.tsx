import { Button, Group, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { memo, useState, type KeyboardEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Idea, Round } from '../../../../shared/model/brainstorm'
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../../../shared/model/common'
import { useData } from '../../data/hooks/useData'
import { buildIdea, saveIdea } from '../../data/repositories/brainstormRepository'
import { setFieldText, useLocalTyping } from '../../ui/useLocalTyping'
import type { PendingIdeas } from './usePendingIdeas'

/**
 * Where cards are typed as fast as people speak. The card's text field is uncontrolled: a
 * keystroke costs no React render at all (the browser edits the field; nothing else changes),
 * and the text is read when Enter is pressed. Its plain keystrokes stop at the field
 * (useLocalTyping), so no app-wide listener works per character. Enter adds the card, clears
 * the text and keeps the focus. The group stays for the next card (groups report one after
 * another); the name is cleared.
 */
export const CardInput = memo(function CardInput({
  round,
  inputRef,
  pending: board,
}: {
  round: Round
  inputRef: RefObject<HTMLInputElement | null>
  pending: PendingIdeas
}) {
  const { t } = useTranslation()
  const { data } = useData()
  const [tooLong, setTooLong] = useState(false)
  const [author, setAuthor] = useState('')
  const [group, setGroup] = useState('')
  useLocalTyping(inputRef)

  const failed = (error: unknown) =>
    notifications.show({ color: 'red', message: t('errors.generic', { message: error instanceof Error ? error.message : String(error) }) })
  const add = () => {
    const field = inputRef.current
    const text = field?.value ?? ''
    if (text.trim() === '') return
    if (text.length > LONG_TEXT_MAX) return setTooLong(true)
    let idea: Idea
    try {
      idea = buildIdea(data, round, { text, author, group })
    } catch (error) {
      return failed(error)
    }
    if (field) setFieldText(field, '')
    setTooLong(false)
    setAuthor('')
    field?.focus()
    // On the board in the next frame. Commits run one after another in the order they are
    // asked for, so cards are saved in the order they were typed, however fast Enter comes. A
    // failed save takes the card off the board and gives its text back to the field (unless a
    // new card is being typed there).
    board.add(idea)
    saveIdea(data, idea).catch((error: unknown) => {
      board.drop(idea.id)
      const current = inputRef.current
      if (current && current.value === '') setFieldText(current, text)
      failed(error)
    })
  }
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault()
      add()
    } else if (e.key === 'Escape') {
      ;(e.currentTarget as HTMLElement).blur()
    }
  }

  return (
    <Group gap="xs" align="flex-end" wrap="nowrap" className="bs-input">
      <TextInput
        ref={inputRef}
        className="bs-input-text"
        label={t('brainstorm.card')}
        placeholder={t('brainstorm.cardPlaceholder')}
        error={tooLong ? t('brainstorm.tooLong', { max: LONG_TEXT_MAX }) : null}
        onKeyDown={onEnter}
        autoComplete="off"
        data-testid="bs-card-input"
      />
      <TextInput
        w={140}
        label={t('brainstorm.author')}
        placeholder={t('brainstorm.authorPlaceholder')}
        maxLength={SHORT_TEXT_MAX}
        value={author}
        onChange={(e) => setAuthor(e.currentTarget.value)}
        onKeyDown={onEnter}
        data-testid="bs-card-author"
      />
      <TextInput
        w={120}
        label={t('brainstorm.group')}
        placeholder={t('brainstorm.groupPlaceholder')}
        maxLength={SHORT_TEXT_MAX}
        value={group}
        onChange={(e) => setGroup(e.currentTarget.value)}
        onKeyDown={onEnter}
        data-testid="bs-card-group"
      />
      <Button onClick={add}>{t('brainstorm.add')}</Button>
    </Group>
  )
})
