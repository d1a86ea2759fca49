import { Select, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  mappedFieldCount,
  PARTICIPANT_FIELDS,
  type ColumnMapping,
  type ParticipantField,
} from '../../../../shared/participants/guessColumnMapping'
import { useFieldLabel } from './useImportMessage'

const IGNORE = 'ignore'

/** One Select per participant field: which column of the file holds it, or none. */
export function ImportMapping({
  headers,
  mapping,
  onChange,
}: {
  headers: string[]
  mapping: ColumnMapping
  onChange: (mapping: ColumnMapping) => void
}) {
  const { t } = useTranslation()
  const fieldLabel = useFieldLabel()
  const columns = [
    { value: IGNORE, label: fieldLabel('ignore') },
    ...headers.map((h, i) => ({ value: String(i), label: h || t('participants.importWizard.untitledColumn', { number: i + 1 }) })),
  ]
  const set = (field: ParticipantField, value: string | null) => {
    const next: ColumnMapping = { ...mapping }
    if (value === null || value === IGNORE) delete next[field]
    else next[field] = Number(value)
    onChange(next)
  }

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('participants.importWizard.mappingTitle')}</Text>
      <Text size="sm" c="dimmed">
        {t('participants.importWizard.mappingHint', { count: mappedFieldCount(mapping), total: PARTICIPANT_FIELDS.length })}
      </Text>
      <div className="participants-mapping" data-testid="import-mapping">
        {PARTICIPANT_FIELDS.map((field) => (
          <Select
            key={field}
            size="xs"
            label={fieldLabel(field)}
            allowDeselect={false}
            data={columns}
            value={mapping[field] === undefined ? IGNORE : String(mapping[field])}
            onChange={(v) => set(field, v)}
            comboboxProps={{ withinPortal: true }}
          />
        ))}
      </div>
    </Stack>
  )
}
