import { Alert, Center, Code, Stack, Text } from '@mantine/core'
import { IconPlugConnectedX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** Shown instead of the app when the desktop bridge is missing: nothing could be saved, so nothing starts. */
export function BridgeMissing({ details }: { details: string }) {
  const { t } = useTranslation()
  return (
    <Center h="100vh" p="xl">
      <Alert
        color="red"
        icon={<IconPlugConnectedX />}
        title={t('desktopBridge.missingTitle')}
        maw={620}
        data-testid="bridge-missing"
        role="alert"
      >
        <Stack gap="sm">
          <Text>{t('desktopBridge.missing')}</Text>
          <Text size="sm" c="dimmed">
            {t('desktopBridge.details')} <Code>{details}</Code>
          </Text>
        </Stack>
      </Alert>
    </Center>
  )
}
