// Runs every check CI runs and ends with one line summing every test suite:
// `N passed, N failed` (unit, browser and, where an Electron binary exists, Electron tests
// together), so a run that executed no test shows.
//
// The browser tests spend much of their time waiting on the app (boots, reloads, autosave, a
// killed Chromium starting again) rather than computing, so they do not wait for the other checks: one
// lane builds and runs them from the start, while the other lanes run the checks that need no
// build (type-checks, lint, security scan, format) side by side, then the unit tests, then a few
// long browser test files that would otherwise keep the first lane busy on their own. On a
// machine with one core everything runs one step at a time. Each step's output is printed whole
// when it ends, except the first lane's browser tests, which stream.
// No test is retried: a test that fails once fails the run.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { findElectronBinary } from './electronBinary.js'

const root = join(import.meta.dirname, '..')
const reports = join(root, '.cache', 'test-reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const bin = (name) => join(root, 'node_modules', '.bin', name)
const env = { ...process.env, FORCE_COLOR: '0' }
const startedAt = Date.now()
let passed = 0
let failed = 0
const failures = []
/** Each step's label, outcome and wall time, for the summary. */
const phases = []

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`

/** Runs one step; `live` streams its output, otherwise it is printed whole when the step ends. */
function run(label, command, args, { live = false } = {}) {
  const started = Date.now()
  if (live) console.log(`\n=== ${label} ===`)
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    const finish = (status) => {
      const ms = Date.now() - started
      const ok = status === 0
      if (!live) process.stdout.write(`\n=== ${label} ===\n${output}`)
      console.log(`--- ${label}: ${ok ? 'ok' : `FAILED (${status})`} in ${seconds(ms)}`)
      phases.push({ label, ok, ms })
      if (!ok) failures.push(label)
      resolve(ok)
    }
    child.once('error', (error) => finish(`could not start: ${error.message}`))
    child.once('close', (code, signal) => finish(code ?? `signal ${signal}`))
  })
}

/** Runs steps `width` at a time; resolves with each step's outcome, in the given order. */
async function runSideBySide(steps, width) {
  const outcomes = new Array(steps.length)
  let next = 0
  const lane = async () => {
    while (next < steps.length) {
      const index = next
      next += 1
      const [label, command, args] = steps[index]
      outcomes[index] = await run(label, command, args)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, steps.length) }, lane))
  return outcomes
}

function countTests(label, file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'))
    passed += report.numPassedTests ?? 0
    failed += report.numFailedTests ?? 0
    console.log(`${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed of ${report.numTotalTests}`)
    if ((report.numTotalTests ?? 0) === 0) failures.push(`${label} ran no test`)
    return report
  } catch {
    failures.push(`${label} wrote no report`)
    return null
  }
}

/** The slowest test files of a report, so the next hunt for waste knows where to look. */
function slowestFiles(report, count) {
  return (report?.testResults ?? [])
    .map((file) => ({ name: file.name.slice(root.length + 1), ms: file.endTime - file.startTime }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
}

// `--retry=0` whatever a config says: a test that passes only on a second try has failed.
const vitestArgs = (config, out) => [
  'run',
  '--config',
  config,
  '--retry=0',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}`,
]

const cores = Math.max(1, availableParallelism())
const checks = [
  ['typecheck (web: renderer and shared)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['typecheck (node: electron and shared)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (tests and tools)', bin('tsc'), ['-p', 'tsconfig.tools.json', '--noEmit']],
  ['security scan', process.execPath, ['scripts/securityScan.mjs']],
  ['format (prettier --check)', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
]

// The long browser test files the other lanes take once their checks and the unit tests are done,
// so both lanes end at about the same time (about 160 s of the browser tests' 520 s here). These
// two are single tests that run long and whose timing matters (the kill loop counts unsaved
// typing), so they run once lint and the unit tests no longer take a core. A file
// renamed without this list runs in the first lane instead: none is left out; if none of these is
// left, that run finds no test file, which fails the run.
const LATE_BROWSER_FILES = ['e2e/killLoop.e2e.test.ts', 'e2e/autosaveReload.e2e.test.ts']

const unitReport = join(reports, 'unit.json')
const browserReport = join(reports, 'browser.json')
const lateBrowserReport = join(reports, 'browser-late.json')
const browserArgs = (out, files) => [...vitestArgs('vitest.e2e.config.ts', out), ...files]
const earlyBrowserFiles = LATE_BROWSER_FILES.flatMap((file) => ['--exclude', file])

const buildStep = () => run('build (electron-vite)', bin('electron-vite'), ['build'])
const unitStep = () => run('unit tests (vitest: shared, electron, renderer)', bin('vitest'), vitestArgs('vitest.config.ts', unitReport))
const earlyBrowserStep = (live) =>
  run('browser tests (playwright-core + Chromium)', bin('vitest'), browserArgs(browserReport, earlyBrowserFiles), { live })
const lateBrowserStep = () =>
  run(`browser tests, long files (${LATE_BROWSER_FILES.join(', ')})`, bin('vitest'), browserArgs(lateBrowserReport, LATE_BROWSER_FILES))

let built
if (cores === 1) {
  for (const [label, command, args] of checks) await run(label, command, args)
  built = await buildStep()
  await unitStep()
  if (built) {
    await earlyBrowserStep(true)
    await lateBrowserStep()
  }
} else {
  const building = buildStep()
  const firstLane = building.then((ok) => (ok ? earlyBrowserStep(true) : false))
  const otherLanes = (async () => {
    await runSideBySide(checks, cores - 1)
    await unitStep()
    if (await building) await lateBrowserStep()
  })()
  built = await building
  await Promise.all([firstLane, otherLanes])
}

countTests('unit tests', unitReport)
let browserSlowest = []
if (built) {
  const reportsOfBrowser = [countTests('browser tests', browserReport), countTests('browser tests, long files', lateBrowserReport)]
  browserSlowest = slowestFiles({ testResults: reportsOfBrowser.flatMap((report) => report?.testResults ?? []) }, 5)
} else {
  failures.push('browser tests skipped: the build failed')
}

// The Electron end-to-end tests need the Electron binary itself. Without one they are reported as
// not run, and counted neither passed nor failed: a suite that did not run proves nothing.
const electronBinary = findElectronBinary(root)
if (!built) {
  failures.push('Electron tests skipped: the build failed')
} else if (electronBinary === null) {
  console.log('\nElectron tests: not run: no Electron binary (node_modules/electron/dist or ELECTRON_OVERRIDE_DIST_PATH)')
} else {
  const electronReport = join(reports, 'electron.json')
  await run(
    `Electron tests (playwright-core + ${electronBinary})`,
    bin('vitest'),
    vitestArgs('vitest.electron.config.ts', electronReport),
    { live: true },
  )
  countTests('Electron tests', electronReport)
}

console.log(
  `\nTime per step, in the order they ended (${cores === 1 ? 'one at a time' : `on ${cores} cores: the build and the browser tests beside the rest`}):`,
)
for (const phase of phases) console.log(`  ${seconds(phase.ms).padStart(7)}  ${phase.ok ? 'ok    ' : 'FAILED'}  ${phase.label}`)
console.log(`  ${seconds(Date.now() - startedAt).padStart(7)}  total`)
if (browserSlowest.length > 0)
  console.log(`Slowest browser test files: ${browserSlowest.map((f) => `${f.name} ${seconds(f.ms)}`).join(', ')}`)
console.log('Retries: none (a test that fails once fails the run)')
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join('; ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failures.length > 0 || failed > 0 ? 1 : 0)
