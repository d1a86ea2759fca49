// Security scan of the sources with Electronegativity, gated: exits 1 on any HIGH or MEDIUM
// finding that is not allow-listed below, and on any scan that did not produce a readable
// report (the tool itself always exits 0, even when it scanned nothing).
import { spawnSync } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { formatSummary, gateFindings, parseFindings } from './securityGate.js'

const root = resolve(import.meta.dirname, '..')
const ELECTRON_VERSION = '45.4.1'
/** What ships: main + preload sources, the renderer page (with its CSP) and sources. */
const SOURCES = ['electron', 'renderer/index.html', 'renderer/src', 'package.json']

/**
 * Findings reviewed and accepted. Each is a "review this" notice the tool raises for any use
 * of a feature, whatever the code around it does; a stale entry fails the scan.
 */
const ALLOWANCES = [
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'electron/main/window.ts',
    reason:
      'The preload is the bridge itself. It runs sandboxed with contextIsolation, exposes one named ' +
      'function per contract channel (no generic send/invoke, no process.env) and is tested in ' +
      'electron/preload/index.test.ts.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/externalLinks.ts',
    reason:
      "The app's single shell.openExternal call, reached only through openExternalUrl: https URLs " +
      'with a proper host name and no credentials, checked against 40+ hostile URLs in ' +
      'electron/main/security.test.ts.',
  },
]

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'pelatih-scan-'))
  try {
    // One scan over a staged copy: the CSP check is global, so the HTML and the main process
    // must be seen together, and a staged copy keeps build output and tooling out of it.
    const input = join(work, 'src')
    for (const source of SOURCES) {
      await stat(join(root, source)) // a missing source folder must fail, not shrink the scan
      await cp(join(root, source), join(input, source), {
        recursive: true,
        filter: (path) => !path.split(/[\\/]/).includes('node_modules'),
      })
    }
    const result = await scanWithRetries(input, work)
    console.log(formatSummary(result))
    for (const { finding, reason } of result.allowed) {
      console.log(`  allowed ${finding.severity} ${finding.check} ${finding.file}:${finding.location}: ${reason}`)
    }
    for (const finding of result.blocking) {
      console.error(
        `  ${finding.severity} ${finding.check} ${finding.file}:${finding.location} ${finding.description}\n    ${finding.sample}`,
      )
    }
    for (const allowance of result.stale) {
      console.error(`  allow-list entry ${allowance.check} ${allowance.file} matched nothing: remove it, or the scan missed that file`)
    }
    return result.passed ? 0 : 1
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/**
 * Electronegativity 1.10 writes the CSV header and the rows with two racing async writes, so
 * now and then the report comes out garbled or header-only. Such a run proves nothing either
 * way: run again, and fail if it never comes out whole.
 */
async function scanWithRetries(input, work, attempts = 3) {
  let problem = ''
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const report = join(work, `electronegativity-${attempt}.csv`)
    runScan(input, report)
    const text = await readReport(report)
    let findings
    try {
      findings = parseFindings(text)
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error)
      console.warn(`scan ${attempt}: unreadable report (${problem})${attempt < attempts ? ', scanning again' : ''}`)
      console.warn(`  it starts with ${JSON.stringify(text.slice(0, 200))}`)
      continue
    }
    const result = gateFindings(findings, ALLOWANCES)
    // A report without the reviewed findings is as suspect as a garbled one.
    if (result.stale.length === 0 || attempt === attempts) return result
    problem = 'allow-listed findings missing'
    console.warn(`scan ${attempt}: ${problem}, scanning again`)
  }
  throw new Error(`no readable scan report after ${attempts} runs: ${problem}`)
}

function runScan(input, report) {
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity')
  const run = spawnSync(bin, ['-i', input, '-r', '-e', ELECTRON_VERSION, '-o', report], {
    encoding: 'utf8',
    timeout: 180_000,
    shell: process.platform === 'win32',
  })
  if (run.error || run.status !== 0) {
    throw new Error(`electronegativity did not run (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr ?? ''}`)
  }
}

async function readReport(report) {
  try {
    return await readFile(report, 'utf8')
  } catch (error) {
    throw new Error(`no scan report at ${report}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(`security scan failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  },
)
