import { errnoMeaning, errnoOf } from './errnoMeaning'

// V8's words for running out of memory, by the limit that was hit.
const OUT_OF_MEMORY = [
  /Invalid string length|Cannot create a string longer than/i,
  /Array buffer allocation failed|Invalid (typed )?array length|out of memory|Allocation failed/i,
]

const TOO_LARGE =
  'Nội dung quá lớn, vượt giới hạn bộ nhớ của chương trình (thường do ảnh hoặc bảng quá lớn trong bản thảo). Hãy bớt hoặc thu nhỏ ảnh rồi thử lại.'
const NO_MEMORY =
  'Máy không đủ bộ nhớ để làm việc này. Hãy đóng bớt chương trình khác, bớt hoặc thu nhỏ ảnh trong bản thảo rồi thử lại.'
const TOO_DEEP =
  'Nội dung lồng nhau quá sâu (bảng trong bảng, danh sách trong danh sách…), vượt khả năng xử lý của chương trình. Hãy giảm bớt các tầng lồng nhau rồi thử lại.'
const UNEXPECTED =
  'Chương trình gặp lỗi không lường trước nên không làm tiếp được. Hãy thử lại; nếu vẫn lỗi, hãy báo cho bộ phận kỹ thuật.'

// Letters only Vietnamese uses (or tone marks, in decomposed text); English system text has none
// outside the paths it quotes.
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạầấẩẫậằắẳẵặèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]|\p{Mn}/iu

/** The message with its quoted parts (paths, names) taken out, so a Vietnamese file name does not count. */
function unquoted(message: string): string {
  return message.replace(/"[^"]*"|'[^']*'|“[^”]*”/g, '')
}

/**
 * One Vietnamese sentence for any error that reaches the officer, never V8's or the system's English:
 * a message already written in Vietnamese (ours) is kept; a file-system error says what its code
 * means; V8's out-of-memory and stack-overflow errors name the limit; anything else is an unexpected
 * error, said so without its English text.
 */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  const code = errnoOf(error)
  if (code) {
    const meaning = errnoMeaning(code)
    return `${meaning.charAt(0).toUpperCase()}${meaning.slice(1)}.`
  }
  if (OUT_OF_MEMORY[0]!.test(message)) return TOO_LARGE
  if (OUT_OF_MEMORY[1]!.test(message)) return NO_MEMORY
  if (/Maximum call stack size exceeded|too much recursion/i.test(message)) return TOO_DEEP
  if (VIETNAMESE.test(unquoted(message))) return message
  return UNEXPECTED
}

/**
 * `describeError` as a clause for inside another sentence's parentheses: "Không mở được tệp "x" (…)."
 * (first letter lower-case unless it starts a name, no closing full stop).
 */
export function errorDetail(error: unknown): string {
  const sentence = describeError(error).replace(/\.$/, '')
  const first = sentence.charAt(0)
  const second = sentence.charAt(1)
  // "EIO…" or "USB…": an abbreviation keeps its capitals.
  return second && second === second.toUpperCase() && second !== second.toLowerCase()
    ? sentence
    : `${first.toLowerCase()}${sentence.slice(1)}`
}
