import { inflateRawSync } from 'node:zlib'

/**
 * Reads a .docx (a zip file) into its parts, with Node's own zlib: enough for the files docx writes
 * (stored or deflated entries, no zip64), and independent of the library that wrote them.
 */
export function unzipDocx(bytes: Uint8Array): Map<string, Buffer> {
  return new Map([...zipEntries(bytes)].map(([name, entry]) => [name, entry.data]))
}

/** Each entry of a zip file with its compression method (0 stored, 8 deflated) and its bytes. */
export function zipEntries(bytes: Uint8Array): Map<string, { method: number; data: Buffer }> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = zip.length - 22
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--
  if (end < 0) throw new Error('not a zip file')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const parts = new Map<string, { method: number; data: Buffer }>()
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory')
    const method = zip.readUInt16LE(at + 10)
    const compressed = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(dataStart, dataStart + compressed)
    parts.set(name, { method, data: method === 0 ? Buffer.from(data) : inflateRawSync(data) })
    at += 46 + nameLength + extraLength + commentLength
  }
  return parts
}

/** A part as UTF-8 text; throws when the package lacks it. */
export function partText(parts: Map<string, Buffer>, name: string): string {
  const part = parts.get(name)
  if (!part) throw new Error(`missing part ${name}`)
  return part.toString('utf8')
}

/**
 * Pretty-prints XML one element per line, text kept on its element's line, so a golden diff shows
 * the paragraph that changed. Only for the well-formed XML docx writes (no comments or CDATA).
 */
export function prettyXml(xml: string): string {
  const tokens = xml.replace(/>\s+</g, '><').match(/<[^>]+>|[^<]+/g) ?? []
  const lines: string[] = []
  let depth = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? ''
    if (token.startsWith('<?')) lines.push(token)
    else if (token.startsWith('</')) {
      depth--
      lines.push('  '.repeat(depth) + token)
    } else if (token.startsWith('<')) {
      const selfClosing = token.endsWith('/>')
      const text = tokens[i + 1]
      const close = tokens[i + 2]
      if (!selfClosing && text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push('  '.repeat(depth) + token + text + close)
        i += 2
        continue
      }
      lines.push('  '.repeat(depth) + token)
      if (!selfClosing) depth++
    } else lines.push('  '.repeat(depth) + token)
  }
  return lines.join('\n') + '\n'
}

/**
 * Blanks what changes from run to run without meaning anything (drawing ids, relationship ids, media
 * file names, dates), so a golden file only changes when the document does.
 */
export function normaliseDocumentXml(xml: string): string {
  const ids = new Map<string, string>()
  const stable = (kind: string, value: string) => {
    const key = `${kind}:${value}`
    if (!ids.has(key))
      ids.set(key, `${kind}${[...ids.keys()].filter((k) => k.startsWith(kind + ':')).length + 1}`)
    return ids.get(key) ?? value
  }
  return xml
    .replace(
      / r:(id|embed)="([^"]+)"/g,
      (_m, attr: string, value: string) => ` r:${attr}="${stable('rId', value)}"`,
    )
    .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="ID"')
    .replace(/<pic:cNvPr id="\d+"/g, '<pic:cNvPr id="ID"')
    .replace(/ w:rsid\w*="[^"]*"/g, '')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, 'DATE')
}
