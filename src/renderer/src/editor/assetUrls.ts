import type { Asset } from '@shared/model/assets'
import { decodeBase64 } from '@shared/text/base64'

/** Blob URLs for embedded images, made once per asset rather than on every render. */
export class AssetUrls {
  private readonly urls = new Map<string, string>()

  constructor(private assets: Record<string, Asset>) {}

  setAssets(assets: Record<string, Asset>): void {
    for (const [id, url] of this.urls) {
      if (!assets[id]) {
        URL.revokeObjectURL(url)
        this.urls.delete(id)
      }
    }
    this.assets = assets
  }

  /** Releases every blob URL: the report they belong to is closed. */
  releaseAll(): void {
    for (const url of this.urls.values()) URL.revokeObjectURL(url)
    this.urls.clear()
  }

  /** The URL made for `id` so far, or '' (nothing is decoded). */
  madeUrl(id: string): string {
    return this.urls.get(id) ?? ''
  }

  urlFor(id: string): string {
    const cached = this.urls.get(id)
    if (cached) return cached
    const asset = this.assets[id]
    if (!asset) return ''
    const bytes = decodeBase64(asset.data)
    // Damaged image data in a draft: the figure shows as broken, the rest of the report still opens.
    if (!bytes) return ''
    const url = URL.createObjectURL(new Blob([bytes], { type: asset.mime }))
    this.urls.set(id, url)
    return url
  }
}
