import type { ExchangeResult } from './exchangeError'
import { exchangeFail } from './exchangeError'
import { MAX_JSON_DEPTH, scanJsonStructure } from './scanJsonStructure'

/**
 * Keys refused anywhere in a file. JSON.parse makes them harmless own properties, but code
 * that later copies objects key by key (`target[key] = value`, as some record validators do)
 * would turn `__proto__` into a prototype change. Pelatih never writes these names, so a file
 * carrying one is refused outright rather than silently cleaned.
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype']

/**
 * The first forbidden key found anywhere in a parsed value, or null. Walks with an explicit
 * stack, so the depth of the value cannot overflow the call stack.
 */
export function findForbiddenKey(value: unknown): string | null {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null) continue
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) {
        if (typeof item === 'object' && item !== null) stack.push(item)
      }
      continue
    }
    for (const key of FORBIDDEN_KEYS) {
      if (Object.hasOwn(node, key)) return key
    }
    for (const item of Object.values(node as Record<string, unknown>)) {
      if (typeof item === 'object' && item !== null) stack.push(item)
    }
  }
  return null
}

function startsLikeJsonContainer(text: string): boolean {
  const first = text.trimStart().charAt(0)
  return first === '{' || first === '['
}

/**
 * Parses text from outside the app (a file, a pack) into a value typed `unknown`, never
 * throwing:
 * - nesting deeper than {@link MAX_JSON_DEPTH} -> 'exchange.error.tooDeep' (before parsing);
 * - JSON that stops with open arrays/objects or an open string -> 'exchange.error.truncated';
 * - anything else JSON.parse refuses -> 'exchange.error.notJson';
 * - a {@link FORBIDDEN_KEYS} member anywhere -> 'exchange.error.forbiddenKey'.
 */
export function parseUntrustedJson(text: string, maxDepth: number = MAX_JSON_DEPTH): ExchangeResult<unknown> {
  const structure = scanJsonStructure(text, maxDepth)
  if (structure.kind === 'too-deep') return exchangeFail('exchange.error.tooDeep', { maxDepth })

  let value: unknown
  try {
    value = JSON.parse(text) as unknown
  } catch {
    if (structure.kind === 'unclosed' && startsLikeJsonContainer(text)) {
      return exchangeFail('exchange.error.truncated')
    }
    return exchangeFail('exchange.error.notJson')
  }

  const forbidden = findForbiddenKey(value)
  if (forbidden !== null) return exchangeFail('exchange.error.forbiddenKey', { key: forbidden })
  return { ok: true, value }
}
