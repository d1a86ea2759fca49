import { ActionIcon, Badge, Button, Group, Paper, Text, Textarea } from '@mantine/core'
import { useDraggable } from '@dnd-kit/core'
import { IconEyeOff, IconMinus, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { memo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Idea } from '../../../../shared/model/brainstorm'
import type { CardReview } from '../../../../shared/model/venueReceipt'

/** What a card can do; the board passes stable callbacks so a card re-renders only when it changes. */
export interface CardActions {
  vote: (id: string, delta: number) => void
  save: (id: string, text: string) => void
  remove: (idea: Idea) => void
  /** Moves to the n-th cluster (1-based), or to unsorted with 0. */
  moveTo: (id: string, n: number) => void
  /** Whether a card from a phone is shown, waiting for review or hidden (a card typed here is shown). */
  reviewOf?: (id: string) => CardReview
  /** Whether a card came from a phone. */
  fromPhone?: (id: string) => boolean
  /** Approves or hides a card from a phone. */
  review?: (id: string, review: 'shown' | 'hidden') => void
}

/** Whether a card came from a phone (only those can be hidden: a typed card is removed instead). */
function fromPhone(actions: CardActions, id: string): boolean {
  return actions.fromPhone?.(id) ?? false
}

/**
 * One card on the trainer's board: drag it (pointer, or Space then arrows), or focus it and use
 * + / - to vote, 1–9 / 0 to cluster, Enter to edit in place, Delete to remove (with undo).
 */
export const IdeaCard = memo(
  function IdeaCard({ idea, actions }: { idea: Idea; actions: CardActions }) {
    const { t } = useTranslation()
    const [editing, setEditing] = useState<string | null>(null)
    const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: idea.id })
    const review = actions.reviewOf?.(idea.id) ?? 'shown'

    const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.target !== e.currentTarget) return
      const key = e.key
      let handled = true
      if (key === '+' || key === '=') actions.vote(idea.id, 1)
      else if (key === '-' || key === '_') actions.vote(idea.id, -1)
      else if (/^[0-9]$/.test(key)) actions.moveTo(idea.id, Number(key))
      else if (key === 'Enter' || key === 'F2') setEditing(idea.text)
      else if (key === 'Delete' || key === 'Backspace') actions.remove(idea)
      else handled = false
      if (handled) e.preventDefault()
      else listeners?.onKeyDown?.(e)
    }

    const finish = (save: boolean) => {
      if (save && editing !== null && editing.trim() !== '' && editing !== idea.text) actions.save(idea.id, editing.trim())
      setEditing(null)
    }

    return (
      <Paper
        ref={setNodeRef}
        withBorder
        className="bs-card"
        data-dragging={isDragging || undefined}
        data-testid="bs-card"
        data-review={review === 'shown' ? undefined : review}
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        aria-label={t('brainstorm.cardLabel', { text: idea.text })}
      >
        <div className="bs-card-main">
          {editing !== null ? (
            <Textarea
              className="bs-card-edit"
              autosize
              minRows={1}
              autoFocus
              value={editing}
              onChange={(e) => setEditing(e.currentTarget.value)}
              onKeyDown={(e) => {
                e.stopPropagation()
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault()
                  finish(true)
                } else if (e.key === 'Escape') finish(false)
              }}
              onBlur={() => finish(true)}
              onPointerDown={(e) => e.stopPropagation()}
              data-testid="bs-card-edit"
            />
          ) : (
            <Text size="sm" className="bs-card-text" data-testid="bs-card-text">
              {idea.text}
            </Text>
          )}
          <Group gap={2} wrap="nowrap" className="bs-card-vote" onPointerDown={(e) => e.stopPropagation()}>
            <Text
              size="xs"
              fw={700}
              className="bs-votes"
              data-zero={idea.votes === 0 || undefined}
              data-testid="bs-card-votes"
              aria-label={t('brainstorm.votes', { count: idea.votes })}
            >
              {idea.votes}
            </Text>
            <ActionIcon
              size="xs"
              variant="light"
              tabIndex={-1}
              aria-label={t('brainstorm.voteUp')}
              onClick={() => actions.vote(idea.id, 1)}
              data-testid="bs-card-vote-up"
            >
              <IconPlus size={12} />
            </ActionIcon>
          </Group>
        </div>
        {review !== 'shown' && (
          <Group gap={4} wrap="nowrap" className="bs-card-review" onPointerDown={(e) => e.stopPropagation()}>
            <Badge size="xs" color={review === 'held' ? 'yellow' : 'gray'} data-testid="bs-card-review">
              {review === 'held' ? t('venueLink.held') : t('venueLink.hidden')}
            </Badge>
            <Button size="compact-xs" variant="light" onClick={() => actions.review?.(idea.id, 'shown')} data-testid="bs-card-approve">
              {t('venueLink.approve')}
            </Button>
            {review === 'held' && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                onClick={() => actions.review?.(idea.id, 'hidden')}
                data-testid="bs-card-hide"
              >
                {t('venueLink.hide')}
              </Button>
            )}
          </Group>
        )}
        {(idea.author || idea.group) && (
          <Text size="xs" c="dimmed" lineClamp={1} className="bs-card-meta">
            {[idea.author, idea.group].filter(Boolean).join(' · ')}
          </Text>
        )}
        {/* Shown on hover and focus only, over the card's corner: a compact card keeps its room for the text. Not while editing: the field needs that corner. */}
        {editing === null && (
          <Group gap={2} wrap="nowrap" className="bs-card-tools" onPointerDown={(e) => e.stopPropagation()}>
            <ActionIcon
              size="xs"
              variant="subtle"
              color="gray"
              tabIndex={-1}
              aria-label={t('brainstorm.edit')}
              onClick={() => setEditing(idea.text)}
            >
              <IconPencil size={12} />
            </ActionIcon>
            {review === 'shown' && fromPhone(actions, idea.id) && (
              <ActionIcon
                size="xs"
                variant="subtle"
                color="gray"
                tabIndex={-1}
                aria-label={t('venueLink.hide')}
                onClick={() => actions.review?.(idea.id, 'hidden')}
                data-testid="bs-card-hide"
              >
                <IconEyeOff size={12} />
              </ActionIcon>
            )}
            <ActionIcon
              size="xs"
              variant="subtle"
              color="gray"
              tabIndex={-1}
              aria-label={t('brainstorm.delete')}
              onClick={() => actions.remove(idea)}
              data-testid="bs-card-delete"
            >
              <IconTrash size={12} />
            </ActionIcon>
            <ActionIcon
              size="xs"
              variant="subtle"
              tabIndex={-1}
              aria-label={t('brainstorm.voteDown')}
              onClick={() => actions.vote(idea.id, -1)}
              disabled={idea.votes === 0}
            >
              <IconMinus size={12} />
            </ActionIcon>
          </Group>
        )}
      </Paper>
    )
  },
  (a, b) => a.actions === b.actions && a.idea.id === b.idea.id && a.idea.updatedAt === b.idea.updatedAt,
)
