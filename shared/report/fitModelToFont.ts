import { fitTextToFont } from './findUnsupportedCharacters'
import type { ReportModel } from './reportModel'

/** Keys whose strings are image data, not text: never scanned or changed. */
const DATA_KEYS = new Set(['dataUrl', 'logo'])

/** A model whose every text the font can print, and what had to be replaced. */
export interface FittedModel {
  model: ReportModel
  unsupported: string[]
}

/**
 * Runs every text of a model (headings, cells, captions, header) through fitTextToFont, so no
 * character is silently dropped by jsPDF: missing ones print as `?` and are listed once.
 */
export function fitModelToFont(model: ReportModel, supported: ReadonlySet<number>): FittedModel {
  const missing = new Set<string>()
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (DATA_KEYS.has(key)) return value
      const fitted = fitTextToFont(value, supported)
      for (const c of fitted.unsupported) missing.add(c)
      return fitted.text
    }
    if (Array.isArray(value)) return value.map((item) => visit(item, key))
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(value)) out[k] = visit(v, k)
      return out
    }
    return value
  }
  // The walk keeps the shape of the model; only string values change.
  const fitted = visit(model, '') as ReportModel
  return { model: fitted, unsupported: [...missing] }
}
