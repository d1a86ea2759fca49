import { Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BackupList } from './BackupList'
import { ConflictList } from './ConflictList'
import { ExportImport } from './ExportImport'

/** Data and backups: the rolling backups, export and import between laptops, merge conflicts. */
export function DataPage() {
  const { t } = useTranslation()
  const [version, setVersion] = useState(0)
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={1} size="h2">
          {t('backup.title')}
        </Title>
        <Text c="dimmed" maw={760}>
          {t('backup.intro')}
        </Text>
      </div>
      <ConflictList />
      <BackupList version={version} />
      <ExportImport onImported={() => setVersion((v) => v + 1)} />
    </Stack>
  )
}
