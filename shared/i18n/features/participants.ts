import type { DeepStrings } from '../deepStrings'

const en = {
  title: 'participants',
} as const

/** UI strings of the participants feature, in English and Bahasa Indonesia. */
export const participantsText: { en: typeof en; id: DeepStrings<typeof en> } = {
  en,
  id: {
    title: 'participants',
  },
}
