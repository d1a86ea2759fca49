import { Group, Paper, Select, Table, Text, TextInput, UnstyledButton, VisuallyHidden } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch } from '@tabler/icons-react'
import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GENDERS, type Participant } from '../../../../shared/model/participant'
import { buildSearchIndex, DEFAULT_FILTER, filterParticipants, type ListFilter } from './filterParticipants'
import { ParticipantTable } from './ParticipantTable'

/** The participant table: search, filters, sorting by name or organisation; a row opens the editor. */
export function ParticipantList({
  participants,
  flagged,
  onEdit,
  onRemove,
}: {
  participants: Participant[]
  /** Participants a quota warning is about, highlighted. */
  flagged: ReadonlySet<string>
  onEdit: (participant: Participant) => void
  onRemove: (participant: Participant) => void
}) {
  const { t } = useTranslation()
  const [filter, setFilter] = useState<ListFilter>(DEFAULT_FILTER)
  // The search box shows each key at once; the rows follow a moment later, in a render React may interrupt.
  const deferredFilter = useDeferredValue(filter)
  const index = useMemo(() => buildSearchIndex(participants), [participants])
  const shown = useMemo(() => filterParticipants(participants, deferredFilter, index), [participants, deferredFilter, index])
  const set = (patch: Partial<ListFilter>) => setFilter((f) => ({ ...f, ...patch }))

  const { sort, descending } = filter
  // The same element while only the search changes, so the memoised table skips the keystroke's render.
  const header = useMemo(() => {
    const sortHeader = (column: 'name' | 'organization') => {
      const active = sort === column
      const Icon = !active ? IconArrowsSort : descending ? IconArrowDown : IconArrowUp
      return (
        <UnstyledButton
          className="participants-sort"
          aria-label={t('participants.sortBy', { column: t(`participants.columns.${column}`) })}
          data-testid={`participants-sort-${column}`}
          onClick={() => setFilter((f) => ({ ...f, sort: column, descending: active ? !descending : false }))}
        >
          {t(`participants.columns.${column}`)}
          <Icon size={14} aria-hidden />
        </UnstyledButton>
      )
    }
    return (
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
    )
  }, [sort, descending, t])

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
          onChange={(v) => set({ gender: v ?? 'all' })}
          data={[
            { value: 'all', label: t('participants.filterAll') },
            ...GENDERS.map((g) => ({ value: g, label: t(`participants.genders.${g}`) })),
          ]}
        />
        <Select
          aria-label={t('participants.filterObservers')}
          allowDeselect={false}
          w={180}
          value={filter.observers}
          onChange={(v) => set({ observers: v ?? 'all' })}
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
      <ParticipantTable shown={shown} flagged={flagged} onEdit={onEdit} onRemove={onRemove} header={header} />
      {shown.length === 0 && participants.length > 0 && (
        <Text c="dimmed" p="md">
          {t('participants.noMatch', { query: deferredFilter.query })}
        </Text>
      )}
    </Paper>
  )
}
