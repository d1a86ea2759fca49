/** Shapes of hostile text seen in the wild; `P` is replaced by a unique marker per payload. */
const TEMPLATES = [
  '<script>window.__pwned=P</script>',
  '<img src=x onerror="window.__pwned=P">',
  '<svg onload="window.__pwned=P"></svg>',
  '<iframe srcdoc="<script>parent.__pwned=P</script>"></iframe>',
  '"><script>window.__pwned=P</script>',
  "'><img src=x onerror=window.__pwned=P>",
  '<a href="javascript:window.__pwned=P">klik P</a>',
  '<body onload=window.__pwned=P>',
  '<details open ontoggle="window.__pwned=P">',
  '<input autofocus onfocus="window.__pwned=P">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=P>',
  '{{constructor.constructor("window.__pwned=P")()}}',
  '${window.__pwned=P}',
  '<style>@import "javascript:window.__pwned=P";</style>',
  '<object data="javascript:window.__pwned=P"></object>',
  '<embed src="javascript:window.__pwned=P">',
  '<video><source onerror="window.__pwned=P"></video>',
  '[klik](javascript:window.__pwned=P)',
  '&lt;script&gt;window.__pwned=P&lt;/script&gt;',
  '<marquee onstart=window.__pwned=P>Pelatihan P</marquee>',
]

/** 200 distinct XSS/HTML payloads, each carrying its own number so it can be found as literal text. */
export function xssPayloads(count = 200): string[] {
  return Array.from({ length: count }, (_, i) => `${(TEMPLATES[i % TEMPLATES.length] ?? '').replaceAll('P', String(1000 + i))}`)
}
