/** Receives the text of a serialisation piece by piece. */
export type TextSink = (chunk: string) => void

type WithToJson = { toJSON: (key: string) => unknown }

function hasToJson(value: object): value is WithToJson {
  return typeof (value as Partial<WithToJson>).toJSON === 'function'
}

/** The canonical text of a value, or undefined for what JSON leaves out (undefined, functions). */
function stringify(input: unknown, key: string): string | undefined {
  const value = typeof input === 'object' && input !== null && hasToJson(input) ? input.toJSON(key) : input
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
      // JSON.stringify writes -0 as 0 and non-finite numbers as null; so do we.
      return Number.isFinite(value) ? JSON.stringify(value) : 'null'
    case 'boolean':
      return value ? 'true' : 'false'
    case 'bigint':
      throw new TypeError('canonical JSON cannot hold a bigint')
    case 'object': {
      // String concatenation builds ropes in V8: far cheaper than collecting pieces in arrays.
      if (Array.isArray(value)) {
        let out = '['
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ','
          out += stringify(value[i] as unknown, String(i)) ?? 'null'
        }
        return `${out}]`
      }
      const record = value as Record<string, unknown>
      let out = '{'
      let first = true
      for (const k of Object.keys(record).sort()) {
        const item = stringify(record[k], k)
        if (item === undefined) continue
        out += `${first ? '' : ','}${JSON.stringify(k)}:${item}`
        first = false
      }
      return `${out}}`
    }
    default:
      return undefined
  }
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && !hasToJson(value)
}

function stream(value: unknown, key: string, sink: TextSink, levels: number): void {
  if (levels <= 0 || !isContainer(value)) {
    sink(stringify(value, key) ?? 'null')
    return
  }
  if (Array.isArray(value)) {
    sink('[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) sink(',')
      stream(value[i], String(i), sink, levels - 1)
    }
    sink(']')
    return
  }
  let first = true
  sink('{')
  for (const k of Object.keys(value).sort()) {
    const item = value[k]
    const prefix = `${first ? '' : ','}${JSON.stringify(k)}:`
    if (levels > 1 && isContainer(item)) {
      sink(prefix)
      stream(item, k, sink, levels - 1)
    } else {
      const text = stringify(item, k)
      if (text === undefined) continue
      sink(prefix + text)
    }
    first = false
  }
  sink('}')
}

/**
 * Writes `value` as canonical JSON: object keys sorted by UTF-16 code units at every level,
 * no whitespace, and otherwise exactly what JSON.stringify would write (toJSON honoured,
 * undefined members skipped, non-finite numbers as null, lone surrogates escaped). So
 * `canonical(JSON.parse(canonical(x))) === canonical(x)`: a value read back from a file hashes
 * the same as the value that was written.
 *
 * The outer `levels` of containers are streamed member by member (a file, its tables, each
 * table's rows), so a large backup is hashed row by row without one huge string.
 *
 * @throws TypeError for a bigint, as JSON.stringify does.
 */
export function writeCanonicalJson(value: unknown, sink: TextSink, levels = 3): void {
  stream(value, '', sink, levels)
}

/** The canonical JSON text of `value` (see {@link writeCanonicalJson}). */
export function canonicalJson(value: unknown): string {
  return stringify(value, '') ?? 'null'
}
