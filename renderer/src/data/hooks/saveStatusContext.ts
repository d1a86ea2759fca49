import { createContext } from 'react'
import type { SaveStatus } from '../saveStatus'

/**
 * The app's save status, for the fields that mark themselves dirty as the user types. Null
 * outside DataProvider (a field there has no indicator to keep honest).
 */
export const SaveStatusContext = createContext<SaveStatus | null>(null)
