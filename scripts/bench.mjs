// `npm run bench`: builds the production renderer once, then runs each benchmark and prints
// its table. Exits non-zero when a benchmark misses its budget (DESIGN.md section 8).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const started = Date.now()
const failures = []

function run(label, command, args) {
  const t0 = Date.now()
  console.log(`\n=== ${label} ===`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  const ok = result.status === 0
  console.log(`--- ${label}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)}s`)
  if (!ok) failures.push(label)
  return ok
}

if (run('production build (electron-vite build)', bin('electron-vite'), ['build'])) {
  run('keystroke latency (Chromium)', bin('vitest'), ['run', '--config', 'bench/keystroke.vitest.config.ts', '--reporter=default'])
  run('projector paint: new card on a 2,000-card board against a 20-card one (Chromium)', bin('vitest'), [
    'run',
    '--config',
    'bench/projectorPaint.vitest.config.ts',
    '--reporter=default',
  ])
  run('brainstorm tab open and card entry keystroke at 10x, 10,000 cards (Chromium)', bin('vitest'), [
    'run',
    '--config',
    'bench/brainstorm10x.vitest.config.ts',
    '--reporter=default',
  ])
  run('long tables at ten times the size, against a tenth (Chromium)', bin('vitest'), [
    'run',
    '--config',
    'bench/largeTables.vitest.config.ts',
    '--reporter=default',
  ])
  run('imports at ten times the size: a 50,000-row participant list and a large backup restored (Chromium)', bin('vitest'), [
    'run',
    '--config',
    'bench/imports.vitest.config.ts',
    '--reporter=default',
  ])
  run('typing while the large report is exported (Chromium)', bin('vitest'), [
    'run',
    '--config',
    'bench/exportTyping.vitest.config.ts',
    '--reporter=default',
  ])
  run('typing while a backup of a large training is written (Chromium)', bin('vitest'), [
    'run',
    '--config',
    'bench/backupTyping.vitest.config.ts',
    '--reporter=default',
  ])
  run('app start-up with a large training against the empty app (Chromium)', bin('vitest'), [
    'run',
    '--config',
    'bench/appStartup.vitest.config.ts',
    '--reporter=default',
  ])
  run('photos: caption edit journal bytes, ten backups of 200 photos (Chromium)', bin('vitest'), [
    'run',
    '--config',
    'bench/photoStorage.vitest.config.ts',
    '--reporter=default',
  ])
}
run('journal start-up after a 350 MB history (node)', bin('vitest'), [
  'run',
  '--config',
  'bench/journalStartup.vitest.config.ts',
  '--reporter=default',
])
run('autosave write against a raw IndexedDB put (Chromium and node)', bin('vitest'), [
  'run',
  '--config',
  'bench/autosaveWrite.vitest.config.ts',
  '--reporter=default',
])
run('report build and render (node)', bin('vitest'), ['run', '--config', 'bench/report.vitest.config.ts', '--reporter=default'])

console.log(
  `\nbench finished in ${((Date.now() - started) / 1000).toFixed(1)}s${failures.length ? `; over budget or failed: ${failures.join(', ')}` : '; every budget met'}`,
)
process.exit(failures.length ? 1 : 0)
