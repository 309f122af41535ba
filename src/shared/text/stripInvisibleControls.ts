/**
 * Format characters that show nothing yet change how text reads or compares, removed wherever they
 * are: bidi embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E/200F,
 * U+061C), zero-width space and non-joiner, word joiner and the invisible math operators
 * (U+2060–2064), the deprecated format controls (U+206A–206F), soft hyphen, BOM, the Mongolian vowel
 * separator and the interlinear annotation marks.
 */
const ALWAYS =
  /[\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g

// The zero-width joiner and the tag characters (U+E0001, U+E0020–E007F), seen only in emoji.
const JOINER_OR_TAG = /\u200d|\udb40[\udc01\udc20-\udc7f]/

// An emoji with its optional skin tone or emoji-style selector, as the parts of a ZWJ sequence are.
const EMOJI = '\\p{Extended_Pictographic}(?:[\\u{1f3fb}-\\u{1f3ff}]|\\ufe0f)?'

/**
 * The two places a joiner or tags are visible, kept whole: a ZWJ joining emoji (👩‍💻 is one picture,
 * not two) and a subdivision flag (🏴 + tag letters + cancel tag); otherwise the character alone.
 */
const IN_EMOJI = new RegExp(
  `(${EMOJI}(?:\\u200d${EMOJI})+|\\u{1f3f4}[\\u{e0020}-\\u{e007e}]+\\u{e007f})|\\u200d|[\\u{e0001}\\u{e0020}-\\u{e007f}]`,
  'gu',
)

/**
 * Removes invisible format controls, so published text reads as it looks: a bidi override cannot
 * show "exe.jpg" for "gpj.exe", and no hidden character splits or joins words. Vietnamese needs none
 * of them; the only ones kept are the ZWJ of an emoji sequence and a flag's tags, which are seen.
 * Nothing takes their place: they showed nothing, so the visible letters stay as they were.
 */
export function stripInvisibleControls(text: string): string {
  const out = text.replace(ALWAYS, '')
  if (!JOINER_OR_TAG.test(out)) return out
  return out.replace(IN_EMOJI, (_run: string, visible: string | undefined) => visible ?? '')
}
