/**
 * The exported page with every embedded photo swapped for an empty SVG of the same pixel size: the
 * layout is the same (the shape is what places the text), but nothing megabytes long is parsed or
 * decoded just to count pages.
 */
export function layoutOnlyPage(pageHtml: string): string {
  return pageHtml.replace(/<img\b[^>]*>/g, (tag) => {
    const width = /\swidth="(\d{1,5})"/.exec(tag)?.[1]
    const height = /\sheight="(\d{1,5})"/.exec(tag)?.[1]
    if (!width || !height) return tag
    const svg = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='${width}' height='${height}'/%3E`
    return tag.replace(/\ssrc="[^"]*"/, ` src="${svg}"`)
  })
}
