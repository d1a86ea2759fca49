import type { DeepStrings } from './deepStrings'
import { actionPlansText } from './features/actionPlans'
import { agendaText } from './features/agenda'
import { backupText } from './features/backup'
import { brainstormText } from './features/brainstorm'
import { captureText } from './features/capture'
import { evaluationText } from './features/evaluation'
import { reportsText } from './features/reports'
import { participantsText } from './features/participants'
import { runText } from './features/run'
import { teamText } from './features/team'
import { desktopBridgeText } from './features/desktopBridge'
import { torText } from './features/tor'
import { organizationText } from './features/organization'
import { venueLinkText } from './features/venueLink'

/** English UI strings. The Indonesian file must have exactly the same keys. */
export const en = {
  tor: torText.en,
  team: teamText.en,
  desktopBridge: desktopBridgeText.en,
  participants: participantsText.en,
  agenda: agendaText.en,
  backup: backupText.en,
  run: runText.en,
  brainstorm: brainstormText.en,
  capture: captureText.en,
  actionPlans: actionPlansText.en,
  evaluation: evaluationText.en,
  reports: reportsText.en,
  venueLink: venueLinkText.en,
  app: {
    name: 'Pelatih',
    tagline: 'Plan, run, capture and report your trainings, offline.',
    language: 'Language',
    languages: { en: 'English', id: 'Bahasa Indonesia' },
    home: 'Trainings',
    about: 'About Pelatih',
    aboutText: 'Version {{version}} on {{platform}}. Your data stays on this computer, in {{folder}}.',
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    delete: 'Delete',
    rename: 'Rename',
    open: 'Open',
    undo: 'Undo',
    loading: 'Loading…',
    notFound: 'This training does not exist any more.',
    backToList: 'Back to the trainings',
    aboutLog: 'What the app itself did (never your text) is logged in {{file}}.',
    crash: {
      title: 'Something went wrong on this screen',
      tabTitle: 'This tab stopped working',
      body: 'Pelatih met an error it did not expect, so it stopped showing this part instead of showing it wrongly.',
      tabBody: 'The other tabs still work. Reload to open this tab again.',
      safe: 'Your data is safe: everything that showed "Saved" is stored on this computer, and text you were typing is kept and saved when the app reloads.',
      reload: 'Reload',
      copy: 'Copy details',
      copied: 'Details copied',
      copyFailed: 'Could not copy: select the details below and copy them by hand.',
      details: 'Details for support',
    },
    shellNotice: {
      title: 'The app restarted a window',
      crashed: 'The {{window}} stopped unexpectedly at {{time}} and was opened again.',
      unresponsive: 'The {{window}} stopped responding at {{time}} and was restarted.',
      'load-failed': 'The {{window}} could not be loaded at {{time}} and was loaded again.',
      safe: 'Your data is safe: nothing that showed "Saved" was lost.',
      trainer: 'app window',
      projector: 'projector window',
    },
  },
  save: {
    saving: 'Saving…',
    saved: 'Saved',
    savedLocalOnly: 'Saved on this computer only (no disk copy)',
    failed: 'Not saved: {{message}}',
    idle: 'All changes saved',
    localOnly: {
      diskFull: 'Saved on this computer only: the disk is full',
      notWritable: 'Saved on this computer only: the data folder cannot be written',
      notAnswering: "Saved on this computer only: the app's storage is not answering",
    },
    localOnlyHelp: {
      diskFull: 'Free some space on the disk. Your changes will be copied to the disk on their own as soon as there is room.',
      notWritable:
        "Check that Pelatih's data folder is not read-only and that you may write in it. Your changes will be copied to the disk on their own as soon as it can be written.",
      notAnswering:
        'Keep working: Pelatih keeps trying. If this stays, close and reopen Pelatih; your changes are kept on this computer and copied to the disk at the next start.',
    },
    nowSafeTitle: 'Disk copy up to date',
    nowSafe: 'The changes saved on this computer only are now safe on the disk too.',
  },
  recovery: {
    title: 'Data restored from the disk copy',
    restored_one: '{{count}} change was missing from the working database and has been restored from the copy on disk.',
    restored_other: '{{count}} changes were missing from the working database and have been restored from the copy on disk.',
    reseeded: 'The copy on disk was missing; it has been written again from the working database.',
    failed: 'The copy on disk could not be read: {{message}}. Your data in the app is unchanged.',
    titlePartial: 'Data only partly restored from the disk copy',
    titleFailed: 'Data could not be restored from the disk copy',
    titleReseeded: 'Disk copy written again',
    notRestored_one: '{{count}} change could not be restored: it was damaged on disk. It is kept aside in {{file}}.',
    notRestored_other: '{{count}} changes could not be restored: they were damaged on disk. They are kept aside in {{file}}.',
    incomplete: 'A part of the copy on disk was missing or damaged, so the changes saved in that part could not be restored.',
    nothingRestored: 'Nothing could be restored from the copy on disk.',
    reseededIncomplete:
      'The copy on disk was incomplete or damaged; it has been written again from the working database. Nothing is missing in the app.',
    quarantined_one: '{{count}} damaged change on disk is kept aside in {{file}}.',
    quarantined_other: '{{count}} damaged changes on disk are kept aside in {{file}}.',
  },
  trainings: {
    title: 'Trainings',
    empty: 'No trainings yet',
    emptyHint: 'Create your first training: give it a title, a start date and the number of days. You can fill in the rest later.',
    new: 'New training',
    create: 'Create training',
    count_one: '{{count}} training',
    count_other: '{{count}} trainings',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    untitled: 'Untitled training',
    deleteTitle: 'Delete this training?',
    deleteText: '“{{title}}” and everything recorded in it will be removed from this list.',
    deleted: 'Training “{{title}}” deleted.',
    renameTitle: 'Rename training',
    actions: 'Actions for {{title}}',
    updated: 'Changed {{when}}',
  },
  training: {
    title: 'Title',
    titlePlaceholder: 'e.g. Volunteer management for CSOs',
    startDate: 'Start date',
    days: 'Number of days',
    dayDates: 'Days',
    dayN: 'Day {{n}}',
    errors: {
      titleRequired: 'Give the training a title.',
      titleTooLong: 'The title is too long (at most {{max}} characters).',
      daysRange: 'A training has between {{min}} and {{max}} days.',
      dateRequired: 'Choose a start date.',
    },
  },
  workspace: {
    tabs: {
      overview: 'Overview',
      team: 'Team',
      participants: 'Participants',
      agenda: 'Agenda',
      run: 'Run',
      actionPlans: 'Action plans',
      reports: 'Reports',
      capture: 'Capture',
      evaluation: 'Evaluation',
    },
    overviewIntro: 'The essentials of the training. Changes are saved as you type.',
  },
  errors: {
    generic: 'Something went wrong: {{message}}',
    storage: 'The database could not be opened: {{message}}',
    newerDataTitle: 'This data needs a newer Pelatih',
    newerData:
      'Your data was saved by a newer version of Pelatih than this one. Install the newer version to open it. This app has not changed anything, so nothing is lost.',
    storageTitle: 'The database could not be opened',
  },
  organization: organizationText.en,
} as const

/** The shape every language's strings must have: the English keys, with any string values. */
export type Strings = DeepStrings<typeof en>
