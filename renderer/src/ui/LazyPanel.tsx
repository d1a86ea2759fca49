import { Center, Loader } from '@mantine/core'
import { Suspense, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Holds a part of the app loaded on first use: a quiet spinner for the moment its code is read
 * (from the disk, so it is short), then the part itself.
 */
export function LazyPanel({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PanelLoading />}>{children}</Suspense>
}

function PanelLoading() {
  const { t } = useTranslation()
  return (
    <Center py="xl" data-testid="panel-loading">
      <Loader size="sm" aria-label={t('app.loading')} />
    </Center>
  )
}
