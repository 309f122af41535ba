/** "2022-09-19" for the calendar day `date` falls on in the local time zone. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The year of an ISO date ("2022-09-19" → 2022), or null. */
export function isoYear(iso: string | null): number | null {
  const m = iso ? /^(\d{4})-/.exec(iso) : null
  return m ? Number(m[1]) : null
}
