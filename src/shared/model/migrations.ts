import { REPORT_VERSION } from './report'

/** Turns a parsed draft of version N into version N + 1. */
export type Migration = (draft: Record<string, unknown>) => Record<string, unknown>

/**
 * Migrations keyed by the version they upgrade from. Version 1 is the first format, so the table is
 * empty; a version 2 adds `1: (d) => ({ ...d, version: 2, ... })` here and nothing else changes.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {}

export function migrateDraft(
  draft: Record<string, unknown>,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = REPORT_VERSION,
): Record<string, unknown> {
  let current = draft
  for (let v = fromVersion; v < target; v++) {
    const step = migrations[v]
    if (!step) throw new Error(`Không có bước chuyển đổi từ phiên bản ${v} lên ${v + 1}.`)
    current = step(current)
  }
  return current
}
