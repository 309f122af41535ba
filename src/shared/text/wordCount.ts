/** Counts words the way Vietnamese editors do: each space-separated syllable or number is one word. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,%/-]*/gu)
  return matches ? matches.length : 0
}
