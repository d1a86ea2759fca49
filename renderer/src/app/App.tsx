import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import type { i18n as I18n } from 'i18next'
import { lazy } from 'react'
import { I18nextProvider } from 'react-i18next'
import { HashRouter, Route, Routes } from 'react-router'
import type { AppApi } from '../../../shared/ipc/contract'
import type { PelatihDb } from '../data/db'
import { TrainingListPage } from '../features/trainings/TrainingListPage'
import { LazyPanel } from '../ui/LazyPanel'
import { StartupScreen } from '../ui/StartupScreen'
import { AppLayout } from './AppLayout'
import { ErrorBoundary } from './ErrorBoundary'
import { DataProvider } from './DataProvider'
import { ReadOnlyDataProvider } from './ReadOnlyDataProvider'
import { theme } from './theme'

// Read on first use: the app starts on the training list, so only that page's code is parsed then.
const ProjectorPage = lazy(() => import('../features/projector/ProjectorPage').then((m) => ({ default: m.ProjectorPage })))
const DataPage = lazy(() => import('../features/backup/DataPage').then((m) => ({ default: m.DataPage })))
const OrganizationPage = lazy(() => import('../features/organization/OrganizationPage').then((m) => ({ default: m.OrganizationPage })))
const TrainingWorkspace = lazy(() => import('./TrainingWorkspace').then((m) => ({ default: m.TrainingWorkspace })))

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
                      <LazyPanel>
                        <ProjectorPage />
                      </LazyPanel>
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
                  <Route
                    path="data"
                    element={
                      <LazyPanel>
                        <DataPage />
                      </LazyPanel>
                    }
                  />
                  <Route
                    path="organizations"
                    element={
                      <LazyPanel>
                        <OrganizationPage />
                      </LazyPanel>
                    }
                  />
                  <Route
                    path="trainings/:trainingId/:tab?"
                    element={
                      <LazyPanel>
                        <TrainingWorkspace />
                      </LazyPanel>
                    }
                  />
                </Route>
              </Routes>
            </HashRouter>
          </ModalsProvider>
        </ErrorBoundary>
      </MantineProvider>
    </I18nextProvider>
  )
}
