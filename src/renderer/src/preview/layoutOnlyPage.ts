import { exportHtml } from '@shared/export/html/exportHtml'
import type { Report } from '@shared/model/report'
import { defaultPrintLayout, type PrintLayout } from '@shared/settings/settings'
import { printPreviewDocument } from './printPreviewDocument'

const IMG = /<img\b[^>]*>/g

/**
 * The exported page with every embedded photo swapped for an empty SVG of the same pixel size: the
 * layout is the same (the shape is what places the text), but nothing megabytes long is parsed or
 * decoded just to count pages.
 */
export function layoutOnlyPage(pageHtml: string): string {
  return pageHtml.replace(IMG, (tag) => {
    const width = /\swidth="(\d{1,5})"/.exec(tag)?.[1]
    const height = /\sheight="(\d{1,5})"/.exec(tag)?.[1]
    if (!width || !height) return tag
    const svg = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='${width}' height='${height}'/%3E`
    return tag.replace(/\ssrc="[^"]*"/, ` src="${svg}"`)
  })
}

/** True when every image of the page states its width and height. */
function everyImageSized(pageHtml: string): boolean {
  return (pageHtml.match(IMG) ?? []).every((tag) => /\swidth="\d/.test(tag) && /\sheight="\d/.test(tag))
}

/**
 * The print preview document the page counter lays out. Exported with the photos as (unwritten) files,
 * so no photo's megabytes of base64 are checked, joined into the page and searched again just to be
 * swapped out; a photo of unstated size lays out at the size its bytes give, so then they are embedded.
 */
export function pageToCount(report: Report, layout: PrintLayout | undefined): string {
  let html = exportHtml(report, { form: 'page', layout, images: { kind: 'files', folderUrl: '' } }).html
  if (!everyImageSized(html)) html = exportHtml(report, { form: 'page', layout }).html
  return printPreviewDocument(layoutOnlyPage(html), layout ?? defaultPrintLayout(), 1)
}
