import { Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PARTICIPANT_FIELDS, type ColumnMapping } from '../../../../shared/participants/guessColumnMapping'
import { isBlankRow, type ImportTable } from '../../../../shared/participants/importTable'
import { useFieldLabel } from './useImportMessage'

const PREVIEW_ROWS = 5

/** The first rows of the file as they will land in the fields, so a wrong mapping shows at once. */
export function ImportPreview({ table, mapping }: { table: ImportTable; mapping: ColumnMapping }) {
  const { t } = useTranslation()
  const fieldLabel = useFieldLabel()
  const fields = PARTICIPANT_FIELDS.filter((f) => mapping[f] !== undefined)
  const rows = table.rows.map((cells, i) => ({ cells, rowNumber: table.firstRowNumber + i })).filter(({ cells }) => !isBlankRow(cells))
  const more = rows.length - PREVIEW_ROWS

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('participants.importWizard.previewTitle')}</Text>
      <div className="participants-table-wrap participants-preview">
        <Table withTableBorder withColumnBorders verticalSpacing={4} fz="xs" data-testid="import-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('participants.importWizard.row')}</Table.Th>
              {fields.map((f) => (
                <Table.Th key={f}>{fieldLabel(f)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, PREVIEW_ROWS).map(({ cells, rowNumber }) => (
              <Table.Tr key={rowNumber}>
                <Table.Td>{rowNumber}</Table.Td>
                {fields.map((f) => (
                  <Table.Td key={f}>{cells[mapping[f] ?? -1] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {more > 0 && (
        <Text size="xs" c="dimmed">
          {t('participants.importWizard.previewMore', { count: more })}
        </Text>
      )}
    </Stack>
  )
}
