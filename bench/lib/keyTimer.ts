import type { Page } from 'playwright-core'

/** Milliseconds between keystrokes, about a fast typist's pace. */
const KEY_DELAY_MS = 25

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

/**
 * Types `keys` characters (cycling through `text`) into whatever has focus and returns each key's time
 * in milliseconds, measured in the page from its keydown to the frame after it is painted. The
 * listener is installed once per page, so a page can be timed several times.
 */
export async function timeKeystrokes(page: Page, text: string, keys: number): Promise<number[]> {
  await page.evaluate(() => {
    const g = globalThis as unknown as { __keyTimes: number[]; __armed?: boolean }
    g.__keyTimes = []
    if (g.__armed) return
    g.__armed = true
    window.addEventListener(
      'keydown',
      () => {
        const start = performance.now()
        // The timeout runs after the frame is painted, not just scheduled.
        requestAnimationFrame(() => setTimeout(() => g.__keyTimes.push(performance.now() - start), 0))
      },
      true,
    )
  })
  for (let i = 0; i < keys; i++) await page.keyboard.type(text[i % text.length]!, { delay: KEY_DELAY_MS })
  // Let the last keys' frames land before reading.
  await page.waitForTimeout(300)
  return page.evaluate(() => (globalThis as unknown as { __keyTimes: number[] }).__keyTimes)
}

/** One result line: key count, median, 95th percentile and maximum, label padded to `width`. */
export function keyTimesLine(label: string, times: number[], width: number): string {
  const sorted = [...times].sort((a, b) => a - b)
  return `${label.padEnd(width)} keys ${String(sorted.length).padStart(4)}  median ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  max ${sorted.at(-1)?.toFixed(1)} ms`
}
