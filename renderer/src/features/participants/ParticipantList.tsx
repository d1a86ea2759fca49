import { ActionIcon, Badge, Group, Paper, Select, Table, Text, TextInput, UnstyledButton, VisuallyHidden } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch, IconTrash } from '@tabler/icons-react'
import { useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { GENDERS, type Participant } from '../../../../shared/model/participant'
import { DEFAULT_FILTER, filterParticipants, type ListFilter } from './filterParticipants'

/** The participant table: search, filters, sorting by name or organisation; a row opens the editor. */
export function ParticipantList({ participants, flagged, onEdit, onRemove }: {
  participants: Participant[]
  /** Participants a quota warning is about, highlighted. */
  flagged: ReadonlySet<string>
  onEdit: (participant: Participant) => void
  onRemove: (participant: Participant) => void
}) {
  const { t } = useTranslation()
  const [filter, setFilter] = useState<ListFilter>(DEFAULT_FILTER)
  const shown = useMemo(() => filterParticipants(participants, filter), [participants, filter])
  const set = (patch: Partial<ListFilter>) => setFilter((f) => ({ ...f, ...patch }))

  const sortHeader = (column: 'name' | 'organization') => {
    const active = filter.sort === column
    const Icon = !active ? IconArrowsSort : filter.descending ? IconArrowDown : IconArrowUp
    return (
      <UnstyledButton
        className="participants-sort"
        aria-label={t('participants.sortBy', { column: t(`participants.columns.${column}`) })}
        data-testid={`participants-sort-${column}`}
        onClick={() => set({ sort: column, descending: active ? !filter.descending : false })}
      >
        {t(`participants.columns.${column}`)}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    )
  }

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, p: Participant) => {
    if (e.target !== e.currentTarget) return
    if (e.key === 'Enter') {
      e.preventDefault()
      onEdit(p)
    } else if (e.key === 'Delete') {
      e.preventDefault()
      onRemove(p)
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling
      if (next instanceof HTMLElement) next.focus()
    }
  }

  return (
    <Paper withBorder>
      <Group className="participants-toolbar" gap="sm" wrap="wrap">
        <TextInput
          className="participants-search"
          aria-label={t('participants.search')}
          placeholder={t('participants.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={filter.query}
          onChange={(e) => set({ query: e.currentTarget.value })}
          data-testid="participants-search"
        />
        <Select
          aria-label={t('participants.filterGender')}
          allowDeselect={false}
          w={190}
          value={filter.gender}
          onChange={(v) => set({ gender: (v ?? 'all') })}
          data={[{ value: 'all', label: t('participants.filterAll') }, ...GENDERS.map((g) => ({ value: g, label: t(`participants.genders.${g}`) }))]}
        />
        <Select
          aria-label={t('participants.filterObservers')}
          allowDeselect={false}
          w={180}
          value={filter.observers}
          onChange={(v) => set({ observers: (v ?? 'all') })}
          data={[
            { value: 'all', label: t('participants.filterObserversAll') },
            { value: 'only', label: t('participants.filterObserversOnly') },
            { value: 'none', label: t('participants.filterObserversNone') },
          ]}
        />
        <Text size="sm" c="dimmed" ml="auto" data-testid="participants-shown">
          {t('participants.shown', { shown: shown.length, total: participants.length })}
        </Text>
      </Group>
      <div className="participants-table-wrap">
        <Table striped highlightOnHover verticalSpacing={6} data-testid="participants-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{sortHeader('name')}</Table.Th>
              <Table.Th>{t('participants.columns.gender')}</Table.Th>
              <Table.Th>{sortHeader('organization')}</Table.Th>
              <Table.Th>{t('participants.columns.position')}</Table.Th>
              <Table.Th>{t('participants.columns.region')}</Table.Th>
              <Table.Th>{t('participants.columns.contact')}</Table.Th>
              <Table.Th className="participants-actions-col">
                <VisuallyHidden>{t('participants.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((p) => (
              <Table.Tr
                key={p.id}
                tabIndex={0}
                className={flagged.has(p.id) ? 'participants-row participants-row-flagged' : 'participants-row'}
                data-testid="participant-row"
                onClick={() => onEdit(p)}
                onKeyDown={(e) => onRowKey(e, p)}
              >
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500}>{p.name}</Text>
                    {p.observer && <Badge size="xs" variant="light" color="grape">{t('participants.observerBadge')}</Badge>}
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
            ))}
          </Table.Tbody>
        </Table>
        {shown.length === 0 && participants.length > 0 && (
          <Text c="dimmed" p="md">{t('participants.noMatch', { query: filter.query })}</Text>
        )}
      </div>
    </Paper>
  )
}
