import type { Asset } from '@shared/model/assets'
import type { Report } from '@shared/model/report'

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

async function toPng(asset: Asset): Promise<Asset | null> {
  try {
    const bytes = Uint8Array.from(atob(asset.data), (c) => c.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], { type: asset.mime }))
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0)
    bitmap.close()
    const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer())
    return { ...asset, mime: 'image/png', data: toBase64(png), width: canvas.width, height: canvas.height }
  } catch {
    return null
  }
}

/**
 * Word takes PNG and JPEG only: GIF and WebP photos are converted to PNG here, where the browser can
 * decode them. One that cannot be decoded is left as is and the export shows a placeholder and says so.
 */
export async function convertAssetsForDocx(report: Report): Promise<Report> {
  const entries = Object.entries(report.assets)
  if (!entries.some(([, a]) => a.mime === 'image/gif' || a.mime === 'image/webp')) return report
  const assets: Record<string, Asset> = {}
  for (const [id, asset] of entries) {
    const convertible = asset.mime === 'image/gif' || asset.mime === 'image/webp'
    assets[id] = (convertible ? await toPng(asset) : null) ?? asset
  }
  return { ...report, assets }
}
