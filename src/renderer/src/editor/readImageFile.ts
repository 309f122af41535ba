import { sniffImageMime } from '@shared/images/sniffImage'
import type { Asset } from '@shared/model/assets'

export type ImageReadResult = { ok: true; asset: Asset } | { ok: false; reason: 'refused' | 'broken' }

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

/** Reads a picked image into an embedded asset, checking its real type and that it decodes. */
export async function readImageFile(file: File): Promise<ImageReadResult> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const mime = sniffImageMime(bytes)
  if (!mime) return { ok: false, reason: 'refused' }
  try {
    const bitmap = await createImageBitmap(new Blob([bytes], { type: mime }))
    const asset: Asset = {
      mime,
      data: toBase64(bytes),
      name: file.name.normalize('NFC'),
      width: bitmap.width,
      height: bitmap.height,
    }
    bitmap.close()
    return { ok: true, asset }
  } catch {
    return { ok: false, reason: 'broken' }
  }
}
