import { ActionIcon, Badge, Group, Table, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { memo, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Participant } from '../../../../shared/model/participant'
import { useVirtualRows } from '../../ui/useVirtualRows'
import { VirtualRowsBody } from '../../ui/VirtualRowsBody'

/** Up to this many rows the table lays out every row; above, only those in view. */
const PLAIN_UP_TO = 60
const ROW_ESTIMATE_PX = 45
const OVERSCAN = 10

interface RowProps {
  participant: Participant
  index: number
  flagged: boolean
  onEdit: (participant: Participant) => void
  onRemove: (participant: Participant) => void
  measureRef?: Ref<HTMLTableRowElement>
}

function onRowKey(
  e: KeyboardEvent<HTMLTableRowElement>,
  p: Participant,
  onEdit: (p: Participant) => void,
  onRemove: (p: Participant) => void,
) {
  if (e.target !== e.currentTarget) return
  if (e.key === 'Enter') {
    e.preventDefault()
    onEdit(p)
  } else if (e.key === 'Delete') {
    e.preventDefault()
    onRemove(p)
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault()
    // Rows, not the spacer rows of the virtual list, take the focus.
    let next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling
    while (next instanceof HTMLElement && !next.hasAttribute('data-index'))
      next = e.key === 'ArrowDown' ? next.nextElementSibling : next.previousElementSibling
    if (next instanceof HTMLElement) next.focus()
  }
}

/** One participant; memoised, so filtering or one edit re-renders only the rows that change. */
const ParticipantRow = memo(function ParticipantRow({ participant: p, index, flagged, onEdit, onRemove, measureRef }: RowProps) {
  const { t } = useTranslation()
  return (
    <Table.Tr
      ref={measureRef}
      tabIndex={0}
      className={flagged ? 'participants-row participants-row-flagged' : 'participants-row'}
      data-testid="participant-row"
      data-index={index}
      aria-rowindex={index + 2}
      onClick={() => onEdit(p)}
      onKeyDown={(e) => onRowKey(e, p, onEdit, onRemove)}
    >
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500}>
            {p.name}
          </Text>
          {p.observer && (
            <Badge size="xs" variant="light" color="grape">
              {t('participants.observerBadge')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td title={t(`participants.genders.${p.gender}`)}>{t(`participants.genderShort.${p.gender}`)}</Table.Td>
      <Table.Td>{p.organization}</Table.Td>
      <Table.Td>{p.position}</Table.Td>
      <Table.Td>{p.region}</Table.Td>
      <Table.Td>
        <div className="participants-contact">
          {p.phone && <span>{p.phone}</span>}
          {p.email && <span>{p.email}</span>}
        </div>
      </Table.Td>
      <Table.Td className="participants-actions-col">
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('participants.remove', { name: p.name })}
          onClick={(e) => {
            e.stopPropagation()
            onRemove(p)
          }}
          onKeyDown={(e) => e.stopPropagation()}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  )
})

interface TableProps {
  shown: Participant[]
  flagged: ReadonlySet<string>
  onEdit: (participant: Participant) => void
  onRemove: (participant: Participant) => void
  header: ReactNode
}

/**
 * The participant rows under their header. A long list renders only the rows in view (plus a
 * few), with spacer rows keeping the scroll height, so 1,000 participants open and filter as
 * fast as 20; aria-rowcount and aria-rowindex keep a screen reader's count right.
 */
export const ParticipantTable = memo(function ParticipantTable({ shown, flagged, onEdit, onRemove, header }: TableProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = useVirtualRows(shown, scrollRef, { estimateSize: ROW_ESTIMATE_PX, overscan: OVERSCAN, plainUpTo: PLAIN_UP_TO })
  return (
    <div className={rows.virtual ? 'participants-table-wrap participants-table-virtual' : 'participants-table-wrap'} ref={scrollRef}>
      <Table striped highlightOnHover verticalSpacing={6} data-testid="participants-table" aria-rowcount={shown.length + 1}>
        {header}
        <Table.Tbody onFocus={rows.onFocus}>
          <VirtualRowsBody
            rows={rows}
            row={(p, index) => (
              <ParticipantRow
                participant={p}
                index={index}
                flagged={flagged.has(p.id)}
                onEdit={onEdit}
                onRemove={onRemove}
                measureRef={rows.measureElement}
              />
            )}
          />
        </Table.Tbody>
      </Table>
    </div>
  )
})
