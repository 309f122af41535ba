import { createHash } from 'node:crypto'

const BLOCK_TAG =
  /<(\/?)(?:html|head|body|meta|title|style|link|article|header|footer|section|div|h[1-6]|p|hr|ul|ol|li|blockquote|figure|figcaption|img|table|thead|tbody|tr|th|td)\b/g

/**
 * Starts a line at each block-level tag (a closing one only right after another tag), so a golden
 * diff shows the block that changed. It only adds newlines, never removes or moves a character, so
 * any change but one of whitespace between blocks changes the result. Embedded images become their
 * digest and length: the file stays readable, and a changed byte still changes it.
 */
export function prettyHtml(html: string): string {
  return html
    .replace(/(data:[\w/+.-]+;base64,)([A-Za-z0-9+/=]+)/g, (_m, prefix: string, data: string) => {
      const digest = createHash('sha256').update(data).digest('hex').slice(0, 16)
      return `${prefix}…sha256:${digest},${data.length}chars`
    })
    .replace(BLOCK_TAG, (tag: string, close: string, at: number, all: string) => {
      const lineSoFar = all.slice(all.lastIndexOf('\n', at - 1) + 1, at)
      const breaks = lineSoFar.trim() !== '' && (!close || lineSoFar.endsWith('>'))
      return breaks ? `\n${tag}` : tag
    })
}
