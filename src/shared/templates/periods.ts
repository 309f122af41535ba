import type { Period } from './templateSchema'

/** Vietnamese names of the periods, for the gallery and the CLI. */
export const PERIOD_LABELS: Record<Period, string> = {
  weekly: 'Hằng tuần',
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  'one-off': 'Một lần',
}

const MONTHS_OF: Record<Period, number> = { weekly: 0, monthly: 1, quarterly: 3, 'one-off': 0 }

/**
 * The next meeting's date: a week, a month or a quarter later (the 31st becomes the month's last day).
 * A one-off meeting has no next date, so it gives null, as does a report without a date.
 */
export function nextMeetingDate(iso: string | null, period: Period): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null
  if (!m || period === 'one-off') return null
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])]
  let next: Date
  if (period === 'weekly') {
    next = new Date(Date.UTC(year, month, day + 7))
  } else {
    const target = month + MONTHS_OF[period]
    const lastDay = new Date(Date.UTC(year, target + 1, 0)).getUTCDate()
    next = new Date(Date.UTC(year, target, Math.min(day, lastDay)))
  }
  return next.toISOString().slice(0, 10)
}
