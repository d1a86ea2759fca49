import { Button, Group, Paper, Popover, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core'
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import { notifications } from '@mantine/notifications'
import { IconListNumbers, IconPlus, IconPresentation } from '@tabler/icons-react'
import { memo, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cluster, Idea } from '../../../../shared/model/brainstorm'
import type { Session } from '../../../../shared/model/session'
import { byVotes } from '../../../../shared/run/rankIdeas'
import { useData } from '../../data/hooks/useData'
import { useCardReviews } from '../../data/hooks/useCardReviews'
import { setCardReview } from '../../data/venue/cardReview'
import type { BoardProjection } from '../../data/repositories/projectorRepository'
import {
  addCluster,
  moveCluster,
  moveIdea,
  removeCluster,
  removeIdea,
  renameCluster,
  restoreIdea,
  updateIdea,
  voteIdea,
} from '../../data/repositories/brainstormRepository'
import { BoardColumn, type ClusterActions } from './BoardColumn'
import { CardInput } from './CardInput'
import { focusGridTemplate } from './focusGrid'
import type { CardActions } from './IdeaCard'
import { RankedResult } from './RankedResult'
import { RoundBar } from './RoundBar'
import { groupIdeas, UNSORTED, useClusters, useIdeas, useRounds } from '../../data/hooks/useBrainstorm'
import { useFitColumns } from './useFitColumns'
import { usePendingIdeas } from './usePendingIdeas'
import { notifyWithUndo } from '../../ui/notifyWithUndo'
import './brainstorm.css'

const byOrder = (a: Idea, b: Idea) => a.order - b.order || (a.id < b.id ? -1 : 1)

/** The brainstorm board of a session: rounds, fast card capture, clusters, dot votes and the ranking. */
export const BrainstormBoard = memo(function BrainstormBoard({
  sessions,
  sessionId,
  roundId,
  onSession,
  onRound,
  projection,
  onProjection,
  inputRef,
  focus,
}: {
  sessions: Session[]
  sessionId: string | null
  roundId: string | null
  onSession: (id: string) => void
  onRound: (id: string) => void
  /** How the projector shows this board (the trainer's choice). */
  projection: BoardProjection
  onProjection: (projection: BoardProjection) => void
  inputRef: RefObject<HTMLInputElement | null>
  /** The focus board: denser rows, and columns (and their type) fitted to the window. */
  focus: boolean
}) {
  const { t } = useTranslation()
  const { data } = useData()
  const session = sessions.find((s) => s.id === sessionId) ?? sessions[0] ?? null
  const rounds = useRounds(session?.id ?? null)
  const round = rounds?.find((r) => r.id === roundId) ?? rounds?.at(-1) ?? null
  const { ideas, pending } = usePendingIdeas(useIdeas(round?.id ?? null))
  const clusters = useClusters(round?.id ?? null)
  const reviews = useCardReviews(session?.trainingId ?? null)
  const [sortByVotes, setSortByVotes] = useState(false)
  const [ranked, setRanked] = useState(false)
  const [naming, setNaming] = useState<string | null>(null)
  const [dragging, setDragging] = useState<Idea | null>(null)
  const projectionLabel = useId()
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor))

  // Callbacks read the latest clusters through a ref so they stay stable and cards do not re-render.
  const clustersRef = useRef<Cluster[]>([])
  useEffect(() => {
    clustersRef.current = clusters ?? []
  }, [clusters])
  const cardActions = useMemo<CardActions>(
    () => ({
      vote: (id, delta) => void voteIdea(data, id, delta),
      save: (id, text) => void updateIdea(data, id, { text }),
      moveTo: (id, n) => {
        if (n === 0) return void moveIdea(data, id, null)
        const target = clustersRef.current[n - 1]
        if (target) void moveIdea(data, id, target.id)
      },
      remove: (idea) => {
        void removeIdea(data, idea.id)
        notifyWithUndo(t('brainstorm.deleted'), t('app.undo'), () => restoreIdea(data, idea.id), { undoTestId: 'bs-undo' })
      },
      reviewOf: (id) => reviews.get(id)?.review ?? 'shown',
      fromPhone: (id) => reviews.has(id),
      review: (id, review) => void setCardReview(data, id, review),
    }),
    [data, t, reviews],
  )
  const clusterActions = useMemo<ClusterActions>(
    () => ({
      rename: (id, name) => void renameCluster(data, id, name),
      move: (id, direction) => void moveCluster(data, id, direction),
      remove: (cluster) => {
        void removeCluster(data, cluster.id)
        notifications.show({ message: t('brainstorm.clusterRemoved', { name: cluster.name }) })
      },
    }),
    [data, t],
  )

  const columns = useMemo(() => groupIdeas(ideas ?? [], clusters ?? [], sortByVotes ? byVotes : byOrder), [ideas, clusters, sortByVotes])
  const columnsRef = useRef<HTMLDivElement>(null)
  useFitColumns(columnsRef, columns, focus)
  const gridTemplate = focus
    ? focusGridTemplate([UNSORTED, ...(clusters ?? []).map((c) => c.id)].map((id) => columns.get(id)?.length ?? 0))
    : undefined

  if (!session)
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed">{t('brainstorm.noSession')}</Text>
      </Paper>
    )

  const createCluster = async () => {
    if (!round || !naming?.trim()) return
    await addCluster(data, round, naming)
    setNaming(null)
  }
  const onDragStart = (e: DragStartEvent) => setDragging(ideas?.find((i) => i.id === e.active.id) ?? null)
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null)
    if (!e.over) return
    const target = String(e.over.id)
    void moveIdea(data, String(e.active.id), target === UNSORTED ? null : target)
  }

  // How the board is ordered and projected: on a line of its own, or on the focus board beside the round.
  const viewTools = (
    <Group gap="md" wrap="nowrap">
      <Switch
        size="xs"
        label={t('brainstorm.sortByVotes')}
        checked={sortByVotes}
        onChange={(e) => setSortByVotes(e.currentTarget.checked)}
        data-testid="bs-sort-votes"
      />
      <Group gap={6} wrap="nowrap">
        <IconPresentation size={16} aria-hidden />
        <Text size="xs" id={projectionLabel}>
          {t('brainstorm.projection.label')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby={projectionLabel}
          value={projection}
          onChange={onProjection}
          data={[
            { value: 'live', label: t('brainstorm.projection.live') },
            { value: 'all', label: t('brainstorm.projection.all') },
            { value: 'ranked', label: t('brainstorm.projection.ranked') },
          ]}
          data-testid="bs-projector-mode"
        />
      </Group>
    </Group>
  )

  return (
    <Stack gap="xs" className="bs-board" data-testid="bs-board" data-focus={focus || undefined}>
      <RoundBar
        sessions={sessions}
        session={session}
        rounds={rounds ?? []}
        round={round}
        onSession={onSession}
        onRound={onRound}
        dense={focus}
      >
        {focus && round ? viewTools : null}
      </RoundBar>
      {!round ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t('brainstorm.noRounds')}</Text>
        </Paper>
      ) : (
        <>
          <Group justify="space-between" wrap="nowrap" align="flex-end" gap="sm">
            <CardInput key={round.id} round={round} inputRef={inputRef} pending={pending} />
            <Group gap="xs" wrap="nowrap" className="bs-board-tools">
              <Text size="sm" c="dimmed" data-testid="bs-count">
                {t('brainstorm.cards', { count: ideas?.length ?? 0 })}
              </Text>
              <Button
                size="sm"
                variant="default"
                leftSection={<IconListNumbers size={16} />}
                onClick={() => setRanked(true)}
                data-testid="bs-ranked-open"
              >
                {t('brainstorm.ranked')}
              </Button>
              <Popover opened={naming !== null} onChange={(o) => setNaming(o ? '' : null)} position="bottom-end" trapFocus>
                <Popover.Target>
                  <Button
                    size="sm"
                    variant="light"
                    leftSection={<IconPlus size={16} />}
                    onClick={() => setNaming(naming === null ? '' : null)}
                    data-testid="bs-new-cluster"
                  >
                    {t('brainstorm.newCluster')}
                  </Button>
                </Popover.Target>
                <Popover.Dropdown>
                  <Group gap="xs" align="flex-end" wrap="nowrap">
                    <TextInput
                      size="sm"
                      label={t('brainstorm.clusterName')}
                      placeholder={t('brainstorm.clusterNamePlaceholder')}
                      value={naming ?? ''}
                      onChange={(e) => setNaming(e.currentTarget.value)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') void createCluster()
                      }}
                      data-testid="bs-cluster-name"
                    />
                    <Button size="sm" onClick={() => void createCluster()}>
                      {t('brainstorm.createCluster')}
                    </Button>
                  </Group>
                </Popover.Dropdown>
              </Popover>
            </Group>
          </Group>
          {!focus && (
            <Group justify="space-between" wrap="nowrap" gap="sm" className="bs-board-tools">
              <Text size="xs" c="dimmed" className="bs-hint">
                {t('brainstorm.dragHint')}
              </Text>
              {viewTools}
            </Group>
          )}
          <DndContext sensors={sensors} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
            <div
              ref={columnsRef}
              className="bs-columns"
              data-testid="bs-columns"
              style={gridTemplate ? ({ '--bs-grid': gridTemplate } as CSSProperties) : undefined}
            >
              <BoardColumn
                id={UNSORTED}
                cluster={null}
                index={0}
                count={clusters?.length ?? 0}
                ideas={columns.get(UNSORTED) ?? []}
                cardActions={cardActions}
                clusterActions={clusterActions}
              />
              {(clusters ?? []).map((c, i) => (
                <BoardColumn
                  key={c.id}
                  id={c.id}
                  cluster={c}
                  index={i + 1}
                  count={clusters?.length ?? 0}
                  ideas={columns.get(c.id) ?? []}
                  cardActions={cardActions}
                  clusterActions={clusterActions}
                />
              ))}
            </div>
            <DragOverlay>
              {dragging ? (
                <Paper withBorder shadow="md" p={6} className="bs-card bs-card-overlay">
                  <Text size="sm">{dragging.text}</Text>
                </Paper>
              ) : null}
            </DragOverlay>
          </DndContext>
          {ranked && (
            <RankedResult
              ideas={ideas ?? []}
              clusters={clusters ?? []}
              projected={projection === 'ranked'}
              onProject={() => onProjection('ranked')}
              onClose={() => setRanked(false)}
            />
          )}
        </>
      )}
    </Stack>
  )
})
