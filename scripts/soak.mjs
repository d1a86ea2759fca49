// `npm run soak`: the kill loop of the browser tests at length (200 SIGKILLs across six kinds of
// field, photo adds and backups by default; PELATIH_KILLS changes it, PELATIH_KILL_SEED replays a run). Run before each release.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const env = { ...process.env, PELATIH_KILLS: process.env.PELATIH_KILLS ?? '200' }
const step = (command, args) => spawnSync(command, args, { cwd: root, env, stdio: 'inherit' }).status === 0

const ok =
  step(bin('electron-vite'), ['build']) &&
  step(bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts', '--retry=0', 'e2e/killLoop.e2e.test.ts'])
process.exit(ok ? 0 : 1)
