import { errnoMeaning, errnoMeaningEn, errnoOf } from './errnoMeaning'
import { englishOf } from './said'

// V8's words for running out of memory, by the limit that was hit.
const OUT_OF_MEMORY = [
  /Invalid string length|Cannot create a string longer than/i,
  /Array buffer allocation failed|Invalid (typed )?array length|out of memory|Allocation failed/i,
]

// Letters only Vietnamese uses (or tone marks, in decomposed text); English system text has none
// outside the paths it quotes.
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạầấẩẫậằắẳẵặèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]|\p{Mn}/iu

/** The message with its quoted parts (paths, names) taken out, so a Vietnamese file name does not count. */
function unquoted(message: string): string {
  return message.replace(/"[^"]*"|'[^']*'|“[^”]*”/g, '')
}

/** The sentences of one interface language. */
interface Wording {
  errno: (code: string) => string
  tooLarge: string
  noMemory: string
  tooDeep: string
  unexpected: string
}

const VI: Wording = {
  errno: errnoMeaning,
  tooLarge:
    'Nội dung quá lớn, vượt giới hạn bộ nhớ của chương trình (thường do ảnh hoặc bảng quá lớn trong bản thảo). Hãy bớt hoặc thu nhỏ ảnh rồi thử lại.',
  noMemory:
    'Máy không đủ bộ nhớ để làm việc này. Hãy đóng bớt chương trình khác, bớt hoặc thu nhỏ ảnh trong bản thảo rồi thử lại.',
  tooDeep:
    'Nội dung lồng nhau quá sâu (bảng trong bảng, danh sách trong danh sách…), vượt khả năng xử lý của chương trình. Hãy giảm bớt các tầng lồng nhau rồi thử lại.',
  unexpected:
    'Chương trình gặp lỗi không lường trước nên không làm tiếp được. Hãy thử lại; nếu vẫn lỗi, hãy báo cho bộ phận kỹ thuật.',
}
const EN: Wording = {
  errno: errnoMeaningEn,
  tooLarge:
    "The content is too large for the program's memory limit (usually a photo or a table too large in the draft). Remove or shrink photos, then try again.",
  noMemory:
    'The computer does not have enough memory for this. Close other programs, remove or shrink photos in the draft, then try again.',
  tooDeep:
    'The content is nested too deeply (a table in a table, a list in a list…) for the program to handle. Reduce the nesting, then try again.',
  unexpected:
    'The program hit an unexpected error and could not go on. Try again; if it happens again, tell your technical staff.',
}

function described(error: unknown, words: Wording): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  const code = errnoOf(error)
  if (code) {
    const meaning = words.errno(code)
    return `${meaning.charAt(0).toUpperCase()}${meaning.slice(1)}.`
  }
  if (OUT_OF_MEMORY[0]!.test(message)) return words.tooLarge
  if (OUT_OF_MEMORY[1]!.test(message)) return words.noMemory
  if (/Maximum call stack size exceeded|too much recursion/i.test(message)) return words.tooDeep
  // Our Vietnamese is kept in both languages: it says the cause, where "unexpected" would not.
  if (VIETNAMESE.test(unquoted(message))) return message
  return words.unexpected
}

/**
 * One Vietnamese sentence for any error that reaches the officer, never V8's or the system's English:
 * a message already written in Vietnamese (ours) is kept; a file-system error says what its code
 * means; V8's out-of-memory and stack-overflow errors name the limit; anything else is an unexpected
 * error, said so without its English text.
 */
export function describeError(error: unknown): string {
  return described(error, VI)
}

/**
 * `describeError` for the English interface: the English an error of ours carries, a file-system
 * code's meaning, V8's limits named; our Vietnamese without an English text is kept (it says the
 * cause), anything else is an unexpected error.
 */
export function describeErrorEn(error: unknown): string {
  return englishOf(error) ?? described(error, EN)
}

/** A sentence as a clause inside another's parentheses: lower-case first letter (not an abbreviation), no full stop. */
function asClause(sentence: string): string {
  const clause = sentence.replace(/\.$/, '')
  const first = clause.charAt(0)
  const second = clause.charAt(1)
  // "EIO…" or "USB…": an abbreviation keeps its capitals.
  return second && second === second.toUpperCase() && second !== second.toLowerCase()
    ? clause
    : `${first.toLowerCase()}${clause.slice(1)}`
}

/** `errorDetail` for the English interface. */
export function errorDetailEn(error: unknown): string {
  return asClause(describeErrorEn(error))
}

/**
 * `describeError` as a clause for inside another sentence's parentheses: "Không mở được tệp "x" (…)."
 * (first letter lower-case unless it starts a name, no closing full stop).
 */
export function errorDetail(error: unknown): string {
  return asClause(describeError(error))
}
