import { createEmptyReport, type Report } from '@shared/model/report'

export function newReport(): Report {
  return createEmptyReport({ id: crypto.randomUUID(), now: new Date() })
}
