import { Alert, Center } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** Shown instead of the app when the database cannot be opened; nothing is written. */
export function StorageBlocked({ newer, message }: { newer: boolean; message: string }) {
  const { t } = useTranslation()
  return (
    <Center h="100vh" p="xl">
      <Alert
        color="red"
        icon={<IconAlertTriangle />}
        title={newer ? t('errors.newerDataTitle') : t('errors.storageTitle')}
        maw={620}
        data-testid="storage-blocked"
      >
        {newer ? t('errors.newerData') : t('errors.storage', { message })}
      </Alert>
    </Center>
  )
}
