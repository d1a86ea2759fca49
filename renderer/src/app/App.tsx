import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import type { i18n as I18n } from 'i18next'
import { I18nextProvider } from 'react-i18next'
import { HashRouter, Route, Routes } from 'react-router'
import type { AppApi } from '../../../shared/ipc/contract'
import type { PelatihDb } from '../data/db'
import { ProjectorPage } from '../features/projector/ProjectorPage'
import { DataPage } from '../features/backup/DataPage'
import { TrainingListPage } from '../features/trainings/TrainingListPage'
import { TrainingWorkspace } from './TrainingWorkspace'
import { StartupScreen } from '../ui/StartupScreen'
import { AppLayout } from './AppLayout'
import { ErrorBoundary } from './ErrorBoundary'
import { DataProvider } from './DataProvider'
import { ReadOnlyDataProvider } from './ReadOnlyDataProvider'
import { theme } from './theme'

/** The whole app: providers, then the routes inside the shell. */
export function App({ i18n, db, bridge }: { i18n: I18n; db: PelatihDb; bridge: AppApi }) {
  return (
    <I18nextProvider i18n={i18n}>
      {/* Mantine's injected <style> tags would need 'unsafe-inline'; its stylesheet carries the defaults. */}
      <MantineProvider theme={theme} withCssVariables={false} withGlobalClasses={false}>
        {/* No white window: whatever fails below shows the recovery screen instead. */}
        <ErrorBoundary scope="app" where="app">
        <ModalsProvider>
          <Notifications position="bottom-right" />
          <HashRouter>
            <Routes>
              {/* The projector window: no app chrome, only what the participants should see. It
                  only reads; the trainer's window is the one writer (reconcile, commit, backup). */}
              <Route
                path="projector/:trainingId"
                element={
                  <ReadOnlyDataProvider db={db} fallback={<StartupScreen />}>
                    <ProjectorPage />
                  </ReadOnlyDataProvider>
                }
              />
              <Route
                element={
                  <DataProvider db={db} bridge={bridge} fallback={<StartupScreen />}>
                    <AppLayout />
                  </DataProvider>
                }
              >
                <Route index element={<TrainingListPage />} />
                <Route path="data" element={<DataPage />} />
                <Route path="trainings/:trainingId/:tab?" element={<TrainingWorkspace />} />
              </Route>
            </Routes>
          </HashRouter>
        </ModalsProvider>
        </ErrorBoundary>
      </MantineProvider>
    </I18nextProvider>
  )
}
