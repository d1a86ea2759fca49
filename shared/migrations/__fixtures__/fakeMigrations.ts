import type { LooseRow, RowMigration } from '../rowMigrations'

/** A brainstorm card as version 1 of the schema stores it. */
export const IDEA_ROW_V1: LooseRow = {
  id: 'idea-1',
  trainingId: 'training-1',
  sessionId: 'session-1',
  roundId: 'round-1',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
  deletedAt: null,
  text: 'Relawan butuh pelatihan',
  clusterId: null,
  votes: 3,
  author: 'Sari',
  group: 'Kelompok 1',
  order: 1,
}

/**
 * Two made-up future steps, so the framework is proven before a real one exists:
 * version 2 splits the author into a name and a role, version 3 renames `votes` to
 * `dotVotes` and keeps the role from version 2 (so the order of steps matters).
 */
export const FAKE_MIGRATIONS: readonly RowMigration[] = [
  {
    version: 2,
    description: 'ideas: author becomes authorName + authorRole',
    tables: {
      ideas: (row) => {
        const { author, ...rest } = row
        return { ...rest, authorName: author, authorRole: 'participant' }
      },
    },
  },
  {
    version: 3,
    description: 'ideas: votes becomes dotVotes; participants gain a pronoun field',
    tables: {
      ideas: (row) => {
        const { votes, ...rest } = row
        return { ...rest, dotVotes: votes, summary: `${String(row['authorRole'])}: ${String(row['text'])}` }
      },
      participants: (row) => ({ ...row, pronoun: '' }),
    },
  },
]

/** A step that fails, as a buggy migration would. */
export const BROKEN_MIGRATIONS: readonly RowMigration[] = [
  {
    version: 2,
    description: 'ideas: throws on every row',
    tables: {
      ideas: () => {
        throw new Error('boom')
      },
    },
  },
]
