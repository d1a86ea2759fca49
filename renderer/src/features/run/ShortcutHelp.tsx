import { Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { RUN_SHORTCUTS } from './runShortcuts'

/** The help overlay listing every keyboard shortcut of run mode ('?'). */
export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('run.shortcuts.title')} size="lg">
      <Stack gap="xs" data-testid="run-shortcut-help">
        <Text size="sm" c="dimmed">
          {t('run.shortcuts.hint')}
        </Text>
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {RUN_SHORTCUTS.map((s) => (
              <Table.Tr key={s.label}>
                <Table.Td w={140}>
                  <Group gap={4}>
                    {s.keys.map((k) => (
                      <Kbd key={k}>{k}</Kbd>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`run.shortcuts.${s.label}`)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  )
}
