import { expect, it } from 'vitest'
import { formatPhotoStorageBench, runPhotoStorageBench } from './photoStorage'

// Not part of `npm test`: build first (`npx electron-vite build`), then run with
// `npx vitest run --config bench/photoStorage.vitest.config.ts`.
it('journals a caption edit on a 10 MB photo in under 2 KB, and keeps ten backups of 200 photos within 1.2x one copy', async () => {
  const result = await runPhotoStorageBench()
  console.log(formatPhotoStorageBench(result))
  expect(result.captionPhotoBytes).toBeGreaterThan(8_000_000)
  expect(result.captionJournalBytes).toBeGreaterThan(0)
  expect(result.captionJournalBytes).toBeLessThan(2048)
  expect(result.tenBackupsBytes / result.oneCopyBytes).toBeLessThanOrEqual(1.2)
  expect(result.longestTaskDuringBackupMs).toBeLessThanOrEqual(50)
}, 600_000)
