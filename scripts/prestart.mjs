// Runs before `npm start`: says plainly when Electron cannot start here, instead of the stack
// trace (or the download attempt) of node_modules/electron.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isAtLeast, locateElectron, NODE_FOR_START } from './electronBinary.js'

const found = locateElectron({
  electronDir: resolve(import.meta.dirname, '..', 'node_modules', 'electron'),
  env: process.env,
  exists: existsSync,
  readText: (path) => readFileSync(path, 'utf8'),
  join,
})
if (!found.ok) {
  console.error(`\n${found.message}\n`)
  process.exit(1)
}
if (!isAtLeast(process.version, NODE_FOR_START)) {
  console.warn(`Note: Electron 45 declares Node.js >= ${NODE_FOR_START}; this is ${process.version}. If the start fails, update Node.js.`)
}
