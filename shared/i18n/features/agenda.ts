import type { DeepStrings } from '../deepStrings'

const en = {
  title: 'agenda',
} as const

/** UI strings of the agenda feature, in English and Bahasa Indonesia. */
export const agendaText: { en: typeof en; id: DeepStrings<typeof en> } = {
  en,
  id: {
    title: 'agenda',
  },
}
