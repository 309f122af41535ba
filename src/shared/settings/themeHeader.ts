import type { ReportFields } from '../model/fields'
import { currentUnit, themeForYear, type Settings } from './settings'
import { isoYear } from '../time/localDate'

/** The unit's theme for the meeting's year, or '' when settings hold none for that year. */
export function themeTextFor(settings: Settings, meetingDate: string | null): string {
  const year = isoYear(meetingDate)
  if (year === null) return ''
  return themeForYear(currentUnit(settings), year)?.text ?? ''
}

/**
 * The theme header a report should show: its own text when the officer overrode it, else the theme
 * settings keep for the meeting's year.
 */
export function resolveThemeHeader(fields: ReportFields, settings: Settings): ReportFields['themeHeader'] {
  if (fields.themeHeader.overridden) return fields.themeHeader
  return { text: themeTextFor(settings, fields.meetingDate), overridden: false }
}

/**
 * True when the header names a year other than the meeting's (portals keep showing a stale 2020
 * theme on 2023 articles); the pre-export check uses this.
 */
export function themeYearMismatch(fields: ReportFields): boolean {
  const year = isoYear(fields.meetingDate)
  if (year === null) return false
  const years = [...fields.themeHeader.text.matchAll(/năm\s+(\d{4})/giu)].map((m) => Number(m[1]))
  return years.length > 0 && !years.includes(year)
}
