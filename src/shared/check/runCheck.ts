import type { CheckInput } from './checkInput'
import type { Finding } from './findings'
import { reportFindings } from './reportRules'
import { textFindings } from './textRules'
import { textSpots } from './textSpots'

const placeOrder = (f: Finding): [number, number, number] =>
  f.place.kind === 'field' ? [0, 0, f.place.from] : [1, f.place.block, f.place.from]

/**
 * The pre-publication check: every finding, the fields first (in the panel's order), then the body
 * from top to bottom. Pure and synchronous; the reference report takes a few milliseconds (bench/check.ts).
 */
export function runCheck(input: CheckInput): Finding[] {
  const spots = textSpots(input)
  const fieldOrder = new Map<string, number>()
  spots.forEach((s, i) => {
    const p = s.place(0, 0)
    if (p.kind === 'field' && p.slot) fieldOrder.set(p.slot, i)
  })
  const found = [...spots.flatMap(textFindings), ...reportFindings(input, spots)]
  const key = (f: Finding): [number, number, number] => {
    const [kind, block, from] = placeOrder(f)
    if (f.place.kind !== 'field') return [kind, block, from]
    return [kind, f.place.slot ? (fieldOrder.get(f.place.slot) ?? -1) : -1, from]
  }
  return found
    .map((f) => ({ f, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2])
    .map(({ f }) => f)
}

/** How many errors and warnings. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length
  return { errors, warnings: findings.length - errors }
}
