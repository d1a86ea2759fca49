/**
 * The timer's chime, made with the Web Audio API (no audio file to ship or load): two soft
 * sine tones with a quick attack and a 1.2 s fade, like a meditation bell.
 */
let context: AudioContext | null = null

/** Creates (or wakes) the audio context; call it from a click or key so the browser allows sound. */
export function primeChime(): void {
  try {
    context ??= new AudioContext()
    if (context.state === 'suspended') void context.resume().catch(() => undefined)
  } catch {
    context = null
  }
}

/** Plays the chime once. Silent when audio is unavailable. */
export function playChime(): void {
  primeChime()
  const ctx = context
  if (!ctx) return
  const start = ctx.currentTime + 0.01
  for (const [frequency, level] of [
    [880, 0.25],
    [1320, 0.12],
  ] as const) {
    const osc = ctx.createOscillator()
    const gain = ctx.createGain()
    osc.type = 'sine'
    osc.frequency.value = frequency
    gain.gain.setValueAtTime(0.0001, start)
    gain.gain.exponentialRampToValueAtTime(level, start + 0.02)
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.2)
    osc.connect(gain).connect(ctx.destination)
    osc.start(start)
    osc.stop(start + 1.25)
  }
}
