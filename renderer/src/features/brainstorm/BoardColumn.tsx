import { ActionIcon, Badge, Group, Menu, Text, TextInput } from '@mantine/core'
import { useDroppable } from '@dnd-kit/core'
import { IconArrowLeft, IconArrowRight, IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cluster, Idea } from '../../../../shared/model/brainstorm'
import { IdeaCard, type CardActions } from './IdeaCard'
import { VirtualCardList } from '../../ui/VirtualCardList'

/** What a cluster header can do. */
export interface ClusterActions {
  rename: (id: string, name: string) => void
  move: (id: string, direction: -1 | 1) => void
  remove: (cluster: Cluster) => void
}

/** One column of the board: unsorted (cluster null) or a cluster, a drop target, its cards virtualised. */
export const BoardColumn = memo(function BoardColumn({
  id,
  cluster,
  index,
  count,
  ideas,
  cardActions,
  clusterActions,
}: {
  id: string
  cluster: Cluster | null
  /** 1-based position among the clusters (the key that moves a card here); 0 for unsorted. */
  index: number
  count: number
  ideas: Idea[]
  cardActions: CardActions
  clusterActions: ClusterActions
}) {
  const { t } = useTranslation()
  const { setNodeRef, isOver } = useDroppable({ id })
  const [renaming, setRenaming] = useState<string | null>(null)
  const votes = ideas.reduce((sum, i) => sum + i.votes, 0)

  return (
    <section
      ref={setNodeRef}
      className="bs-column"
      data-over={isOver || undefined}
      data-unsorted={cluster === null || undefined}
      data-testid="bs-column"
      aria-label={cluster?.name ?? t('brainstorm.unsorted')}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start" className="bs-column-head">
        {renaming !== null && cluster ? (
          <TextInput
            size="xs"
            autoFocus
            aria-label={t('brainstorm.clusterName')}
            value={renaming}
            onChange={(e) => setRenaming(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                if (renaming.trim()) clusterActions.rename(cluster.id, renaming)
                setRenaming(null)
              } else if (e.key === 'Escape') setRenaming(null)
            }}
            onBlur={() => {
              if (renaming.trim()) clusterActions.rename(cluster.id, renaming)
              setRenaming(null)
            }}
            data-testid="bs-cluster-rename-input"
          />
        ) : (
          <div className="bs-column-title">
            {/* The whole name wraps over as many lines as it needs: a cut name cannot be told apart from its neighbour. */}
            <div className="bs-column-title-line">
              {index > 0 && index <= 9 && <kbd className="run-kbd bs-column-key">{index}</kbd>}
              <Text
                fw={700}
                size="sm"
                className="bs-column-name"
                data-testid="bs-column-name"
                onDoubleClick={() => cluster && setRenaming(cluster.name)}
              >
                {cluster?.name ?? t('brainstorm.unsorted')}
              </Text>
            </div>
            <Group gap={6} wrap="nowrap" className="bs-column-stats">
              <Badge size="sm" variant="light" color="gray" className="bs-column-count" data-testid="bs-column-count">
                {ideas.length}
              </Badge>
              {cluster && votes > 0 && (
                <Text size="xs" c="dimmed" data-testid="bs-column-votes">
                  {t('brainstorm.votes', { count: votes })}
                </Text>
              )}
            </Group>
          </div>
        )}
        {cluster && (
          <Menu position="bottom-end" withinPortal returnFocus={false}>
            <Menu.Target>
              <ActionIcon size="sm" variant="subtle" color="gray" aria-label={cluster.name} data-testid="bs-cluster-menu">
                <IconDots size={14} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setRenaming(cluster.name)} data-testid="bs-cluster-rename">
                {t('brainstorm.renameCluster')}
              </Menu.Item>
              <Menu.Item
                leftSection={<IconArrowLeft size={14} />}
                disabled={index <= 1}
                onClick={() => clusterActions.move(cluster.id, -1)}
                data-testid="bs-cluster-left"
              >
                {t('brainstorm.moveLeft')}
              </Menu.Item>
              <Menu.Item
                leftSection={<IconArrowRight size={14} />}
                disabled={index >= count}
                onClick={() => clusterActions.move(cluster.id, 1)}
              >
                {t('brainstorm.moveRight')}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => clusterActions.remove(cluster)}>
                {t('brainstorm.removeCluster')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {ideas.length === 0 ? (
        <Text size="xs" c="dimmed" ta="center" className="bs-column-empty">
          {t('brainstorm.emptyColumn')}
        </Text>
      ) : (
        <VirtualCardList ideas={ideas} estimate={44} plainUpTo={60} renderCard={(idea) => <IdeaCard idea={idea} actions={cardActions} />} />
      )}
    </section>
  )
})
