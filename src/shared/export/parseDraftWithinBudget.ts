import { MIGRATIONS, type Migration } from '../model/migrations'
import { parseReportBytes } from '../model/parseReport'
import { DRAFT_BUDGET, draftBudgetProblem } from './draftBudget'
import { countJsonObjects } from './jsonObjectCount'
import { enNumber } from '../text/said'
import { viNumber } from '../text/vietnameseNumber'

type Parsed = ReturnType<typeof parseReportBytes>
type BudgetedParse = Parsed | { ok: false; code: 'over-budget'; message: string; en: string }

/**
 * `parseReportBytes` within `DRAFT_BUDGET`: the objects are counted in the raw bytes first (parsing and
 * validating millions of them is what makes a 200 MB file take gigabytes and minutes), then the parsed
 * body's nodes and tables are checked, so nothing over budget reaches the editor or an export.
 */
export function parseDraftWithinBudget(
  bytes: Uint8Array,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): BudgetedParse {
  const limit = DRAFT_BUDGET.draftObjects
  if (countJsonObjects(bytes, limit) > limit) {
    return {
      ok: false,
      code: 'over-budget',
      message: `Bản thảo có hơn ${viNumber(limit)} thành phần dữ liệu (đoạn, chữ, ô bảng, định dạng…); tối đa ${viNumber(limit)}.`,
      en: `The draft has more than ${enNumber(limit)} data parts (paragraphs, text, table cells, formatting…); at most ${enNumber(limit)}.`,
    }
  }
  const parsed = parseReportBytes(bytes, migrations)
  if (!parsed.ok) return parsed
  const problem = draftBudgetProblem(parsed.report)
  return problem ? { ok: false, code: 'over-budget', message: problem.vi, en: problem.en } : parsed
}
