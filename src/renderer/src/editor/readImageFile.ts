import { sniffImageMime } from '@shared/images/sniffImage'
import type { Asset } from '@shared/model/assets'
import { encodeBase64 } from '@shared/text/base64'

type ImageReadResult = { ok: true; asset: Asset } | { ok: false; reason: 'refused' | 'broken' }

/** Reads a picked image into an embedded asset, checking its real type and that it decodes. */
export async function readImageFile(file: File): Promise<ImageReadResult> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const mime = sniffImageMime(bytes)
  if (!mime) return { ok: false, reason: 'refused' }
  try {
    const bitmap = await createImageBitmap(new Blob([bytes], { type: mime }))
    const asset: Asset = {
      mime,
      data: encodeBase64(bytes),
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
