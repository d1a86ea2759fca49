// Runs every check CI runs, in order, and ends with one line summing every test suite:
// `N passed, N failed` (unit and browser tests together), so a run that executed no test shows.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const reports = join(root, '.cache', 'test-reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const bin = (name) => join(root, 'node_modules', '.bin', name)
let passed = 0
let failed = 0
const failures = []

function run(label, command, args) {
  const started = Date.now()
  console.log(`\n=== ${label} ===`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const ok = result.status === 0
  console.log(`--- ${label}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${seconds}s`)
  if (!ok) failures.push(label)
  return ok
}

function countTests(label, file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'))
    passed += report.numPassedTests ?? 0
    failed += report.numFailedTests ?? 0
    console.log(`${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed of ${report.numTotalTests}`)
    if ((report.numTotalTests ?? 0) === 0) failures.push(`${label} ran no test`)
  } catch {
    failures.push(`${label} wrote no report`)
  }
}

const vitestArgs = (config, out) => ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]

run('typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit'])
run('typecheck (web)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit'])
run('typecheck (tests and tools)', bin('tsc'), ['-p', 'tsconfig.tools.json', '--noEmit'])
run('lint', bin('eslint'), ['.', '--max-warnings', '0'])
run('security scan', process.execPath, ['scripts/securityScan.mjs'])

const unitReport = join(reports, 'unit.json')
run('unit tests (vitest: shared, electron, renderer)', bin('vitest'), vitestArgs('vitest.config.ts', unitReport))
countTests('unit tests', unitReport)

if (run('build (electron-vite)', bin('electron-vite'), ['build'])) {
  const e2eReport = join(reports, 'browser.json')
  run('browser tests (playwright-core + Chromium)', bin('vitest'), vitestArgs('vitest.e2e.config.ts', e2eReport))
  countTests('browser tests', e2eReport)
} else {
  failures.push('browser tests skipped: the build failed')
}

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join('; ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failures.length > 0 || failed > 0 ? 1 : 0)
