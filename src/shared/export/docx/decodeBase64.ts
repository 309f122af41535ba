/**
 * Decodes base64 with `atob`, which Node and browsers both have (natively, and far faster than a
 * decoder in JavaScript), so the exporter runs the same in both. Returns null for text that is not
 * base64.
 */
export function decodeBase64(text: string): Uint8Array | null {
  let binary: string
  try {
    binary = atob(text)
  } catch {
    return null
  }
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}
