import { DndContext, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core'
import { CSS } from '@dnd-kit/utilities'
import { Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DiscussionGroup } from '../../../../shared/model/discussionGroup'
import type { Participant } from '../../../../shared/model/participant'
import { groupMix } from './groupMix'

function Member({ participant, group, onMove }: { participant: Participant; group: DiscussionGroup; onMove: (by: -1 | 1) => void }) {
  const { t } = useTranslation()
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: participant.id, data: { from: group.id } })
  return (
    <button
      type="button"
      ref={setNodeRef}
      className="capture-member"
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform) }}
      {...listeners}
      {...attributes}
      title={[participant.organization, participant.region].filter(Boolean).join(' · ')}
      aria-description={t('capture.groups.dragHint')}
      data-testid="group-member"
      onKeyDown={(e) => {
        if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
          e.preventDefault()
          onMove(e.key === 'ArrowLeft' ? -1 : 1)
        }
      }}
    >
      <span className="capture-member-gender" data-gender={participant.gender} aria-hidden />
      {participant.name}
    </button>
  )
}

function Column({
  group,
  byId,
  onMove,
}: {
  group: DiscussionGroup
  byId: Map<string, Participant>
  onMove: (participantId: string, by: -1 | 1) => void
}) {
  const { t } = useTranslation()
  const { setNodeRef, isOver } = useDroppable({ id: group.id })
  return (
    <Paper withBorder p="xs" ref={setNodeRef} className="capture-column" data-over={isOver || undefined} data-testid="group-column">
      <Text fw={600} size="sm">
        {group.name}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {t('capture.groups.mix', groupMix(group.memberIds, byId))}
      </Text>
      <Stack gap={4}>
        {group.memberIds.map((id) => {
          const p = byId.get(id)
          return p ? <Member key={id} participant={p} group={group} onMove={(by) => onMove(id, by)} /> : null
        })}
        {group.memberIds.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('capture.groups.noMembers')}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}

/** The members of every group as columns: drag a name to another group, or Alt+Left/Right. */
export function GroupBoard({
  groups,
  participants,
  onMove,
}: {
  groups: DiscussionGroup[]
  participants: Participant[]
  onMove: (participantId: string, toGroupId: string) => void
}) {
  const { t } = useTranslation()
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }))
  const byId = new Map(participants.map((p) => [p.id, p]))
  const onDragEnd = (event: DragEndEvent) => {
    const to = event.over?.id
    const from = (event.active.data.current as { from?: string } | undefined)?.from
    if (typeof to === 'string' && to !== from) onMove(String(event.active.id), to)
  }
  const moveBy = (participantId: string, fromIndex: number, by: -1 | 1) => {
    const target = groups[(fromIndex + by + groups.length) % groups.length]
    if (target && groups.length > 1) onMove(participantId, target.id)
  }
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed">
        {t('capture.groups.dragHint')}
      </Text>
      <DndContext sensors={sensors} onDragEnd={onDragEnd}>
        <div className="capture-board" data-testid="group-board">
          {groups.map((g, i) => (
            <Column key={g.id} group={g} byId={byId} onMove={(pid, by) => moveBy(pid, i, by)} />
          ))}
        </div>
      </DndContext>
    </Stack>
  )
}
