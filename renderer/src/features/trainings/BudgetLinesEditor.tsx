import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core'
import { IconPlus, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { budgetTotals } from '../../../../shared/model/budget'
import { formatMoney } from '../../app/format'
import type { DraftBudgetLine } from './useTrainingDraft'

/** Rupiah are written with dots between thousands in either language, as on every Indonesian budget; too large a sum is not clamped but refused with a message. */
export const RUPIAH_INPUT = { thousandSeparator: '.', decimalSeparator: ',', allowDecimal: false, allowNegative: false } as const

const amountOf = (value: number | string | null): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/**
 * The optional budget realisation table: per line an item, what was budgeted and what was spent,
 * with the totals and the share spent added up below. Every change goes to `onChange` at once.
 */
export function BudgetLinesEditor({
  lines,
  onChange,
  onBlur,
  error,
}: {
  lines: DraftBudgetLine[]
  onChange: (lines: DraftBudgetLine[]) => void
  onBlur: () => void
  error: string | undefined
}) {
  const { t, i18n } = useTranslation()
  const money = (n: number) => formatMoney(n, 'IDR', i18n.language)
  const update = (index: number, patch: Partial<DraftBudgetLine>) => onChange(lines.map((l, i) => (i === index ? { ...l, ...patch } : l)))
  const totals = budgetTotals(lines.map((l) => ({ ...l, budget: amountOf(l.budget), realised: amountOf(l.realised) })))
  const percent = totals.percent === null ? null : new Intl.NumberFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB').format(totals.percent)

  return (
    <Stack gap={6} data-testid="tor-budgetLines">
      <Text fw={500} size="sm">
        {t('tor.realisation')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('tor.realisationHint')}
      </Text>
      {lines.length > 0 && (
        <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={28}>#</Table.Th>
              <Table.Th>{t('tor.lineItem')}</Table.Th>
              <Table.Th w={190}>{t('tor.lineBudget')}</Table.Th>
              <Table.Th w={190}>{t('tor.lineRealised')}</Table.Th>
              <Table.Th w={36} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => (
              <Table.Tr key={line.id}>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {index + 1}.
                  </Text>
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('tor.lineItemN', { n: index + 1 })}
                    value={line.item}
                    onChange={(e) => update(index, { item: e.currentTarget.value })}
                    onBlur={onBlur}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    {...RUPIAH_INPUT}
                    aria-label={t('tor.lineBudgetN', { n: index + 1 })}
                    prefix="Rp "
                    value={line.budget ?? ''}
                    onChange={(v) => update(index, { budget: v })}
                    onBlur={onBlur}
                    hideControls
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    {...RUPIAH_INPUT}
                    aria-label={t('tor.lineRealisedN', { n: index + 1 })}
                    prefix="Rp "
                    value={line.realised ?? ''}
                    onChange={(v) => update(index, { realised: v })}
                    onBlur={onBlur}
                    hideControls
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('tor.removeLine', { n: index + 1 })}
                    onClick={() => onChange(lines.filter((_, i) => i !== index))}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Td />
              <Table.Td>
                <Text size="sm" fw={700}>
                  {t('tor.total')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={700} data-testid="budget-total">
                  {money(totals.budget)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={700} data-testid="realised-total">
                  {money(totals.realised)}
                </Text>
                {percent !== null && (
                  <Text size="xs" c="dimmed">
                    {t('tor.spentShare', { percent: `${percent} %` })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      {error && (
        <Text size="sm" c="red" role="alert" data-testid="tor-budgetLines-error">
          {error}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...lines, { id: crypto.randomUUID(), item: '', budget: null, realised: null }])}
          data-testid="tor-addBudgetLine"
        >
          {t('tor.addLine')}
        </Button>
      </Group>
    </Stack>
  )
}
