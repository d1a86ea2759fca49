import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconCopy, IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** What the recovery screen says went wrong, for support. */
export interface CrashDetails {
  error: unknown
  componentStack: string | null
}

/** The error, where in the screens it happened, and when, as one plain text to paste in a message. */
export function describeCrash({ error, componentStack }: CrashDetails, where: string): string {
  const head = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  const stack = error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 12).join('\n') : ''
  const components = (componentStack ?? '').trim().split('\n').slice(0, 12).join('\n')
  return [
    `Pelatih: ${where}`,
    `${new Date().toISOString()} ${navigator.userAgent}`,
    head,
    stack,
    components && `Components:\n${components}`,
  ]
    .filter(Boolean)
    .join('\n\n')
}

/**
 * The calm screen shown instead of a part of the app that failed: what happened, that the data
 * is safe, Reload, and Copy details. `scope` 'tab' says the other tabs still work.
 */
export function CrashScreen({ details, scope, where }: { details: CrashDetails; scope: 'app' | 'tab'; where: string }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  const text = describeCrash(details, where)

  const copy = () => {
    void navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    )
  }

  return (
    <Paper withBorder p="xl" maw={720} mx="auto" my="xl" role="alert" data-testid={`crash-screen-${scope}`}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <IconAlertTriangle size={28} color="var(--mantine-color-orange-7)" aria-hidden />
          <Title order={2} size="h3">
            {t(scope === 'tab' ? 'app.crash.tabTitle' : 'app.crash.title')}
          </Title>
        </Group>
        <Text>{t('app.crash.body')}</Text>
        {scope === 'tab' && <Text>{t('app.crash.tabBody')}</Text>}
        <Alert color="teal" variant="light">
          {t('app.crash.safe')}
        </Alert>
        <Group gap="sm">
          <Button leftSection={<IconRefresh size={16} />} onClick={() => window.location.reload()} data-testid="crash-reload">
            {t('app.crash.reload')}
          </Button>
          <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copy} data-testid="crash-copy">
            {t('app.crash.copy')}
          </Button>
          {copied && (
            <Text size="sm" c={copied === 'yes' ? 'teal.8' : 'red.8'} role="status">
              {t(copied === 'yes' ? 'app.crash.copied' : 'app.crash.copyFailed')}
            </Text>
          )}
        </Group>
        <details className="crash-details" open={copied === 'failed'}>
          <summary>{t('app.crash.details')}</summary>
          <Code block data-testid="crash-details">
            {text}
          </Code>
        </details>
      </Stack>
    </Paper>
  )
}
