import { describe, expect, it } from 'vitest'
import { exportHtml } from '@shared/export/html/exportHtml'
import { layoutOnlyPage, pageToCount } from '@renderer/preview/layoutOnlyPage'
import { printPreviewDocument } from '@renderer/preview/printPreviewDocument'
import { defaultPrintLayout } from '@shared/settings/settings'
import { referenceReport } from '../../../fixtures/referenceReport'
import { figure, p, report, withPhoto } from '../../../fixtures/builders'

describe('the page laid out only to count its sheets', () => {
  it('keeps every photo’s pixel size and drops its bytes', () => {
    const r = report(p('Thân bài.'), figure('a', 'Ảnh', 'Chú thích'), figure('b', 'Ảnh 2'))
    withPhoto(r, 'a', 'a.png', 1)
    withPhoto(r, 'b', 'b.png', 2)
    const page = exportHtml(r, { form: 'page' }).html
    const light = layoutOnlyPage(page)
    const imgs = light.match(/<img\b[^>]*>/g) ?? []
    expect(imgs).toHaveLength(2)
    for (const img of imgs) {
      expect(img).toContain('width="48"')
      expect(img).toContain('height="32"')
      expect(img).toContain(
        `src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='48' height='32'/%3E"`,
      )
      expect(img).not.toContain('base64')
    }
    // Everything but the photos is the same page.
    expect(light.replace(/<img\b[^>]*>/g, '')).toBe(page.replace(/<img\b[^>]*>/g, ''))
  })

  it('leaves an image without a stated size as it is', () => {
    const html = '<p><img src="data:image/png;base64,AAAA" alt="x"></p>'
    expect(layoutOnlyPage(html)).toBe(html)
  })

  // The page as the counter laid it out before: every photo embedded, then swapped out.
  const embeddedThenSwapped = (r: Parameters<typeof pageToCount>[0]) =>
    printPreviewDocument(layoutOnlyPage(exportHtml(r, { form: 'page' }).html), defaultPrintLayout(), 1)
  // Link previews' image: in the head, laid out nowhere.
  const withoutPreviewImage = (html: string) => html.replace(/<meta property="og:image"[^>]*>/, '')

  it('counts the same page with no photo embedded: the reference report, ten photos', () => {
    const r = referenceReport()
    const counted = pageToCount(r, undefined)
    expect(counted).not.toContain('base64')
    expect(counted.match(/<img\b/g)?.length).toBe(10)
    expect(withoutPreviewImage(counted)).toBe(withoutPreviewImage(embeddedThenSwapped(r)))
  })

  it('embeds a photo of unstated size, which lays out at the size its bytes give', () => {
    const r = report(p('Thân bài.'), figure('a', 'Ảnh', 'Chú thích'))
    withPhoto(r, 'a', 'a.png', 1)
    const asset = r.assets.a
    if (!asset) throw new Error('no photo')
    delete asset.width
    delete asset.height
    const counted = pageToCount(r, undefined)
    expect(counted).toContain('src="data:image/png;base64,')
    expect(counted).toBe(embeddedThenSwapped(r))
  })
})
