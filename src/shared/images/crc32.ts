// CRC-32 eight bytes at a time ("slicing by 8"): photos are checked whole, so this is a hot loop.
const CRC_TABLES = (() => {
  const t = new Int32Array(256 * 8)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++)
      t[k * 256 + n] = (t[(k - 1) * 256 + n]! >>> 8) ^ t[t[(k - 1) * 256 + n]! & 0xff]!
  }
  return t
})()

/** CRC-32 of `b[from..to)`, as PNG chunks carry it. */
export function crc32(b: Uint8Array, from: number, to: number): number {
  const t = CRC_TABLES
  let c = -1
  let i = from
  for (; i + 8 <= to; i += 8) {
    const x = c ^ (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24))
    c =
      t[1792 + (x & 0xff)]! ^
      t[1536 + ((x >>> 8) & 0xff)]! ^
      t[1280 + ((x >>> 16) & 0xff)]! ^
      t[1024 + (x >>> 24)]! ^
      t[768 + b[i + 4]!]! ^
      t[512 + b[i + 5]!]! ^
      t[256 + b[i + 6]!]! ^
      t[b[i + 7]!]!
  }
  for (; i < to; i++) c = t[(c ^ b[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ -1) >>> 0
}
