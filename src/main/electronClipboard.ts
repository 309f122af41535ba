import { clipboard, ClipboardItem } from 'electron'
import type { ClipboardPort } from './handlers/ports'

/** Main's clipboard: the renderer's own clipboard permission requests are all denied (hardenSession). */
export function electronClipboard(): ClipboardPort {
  return {
    writeHtml: (html, text) =>
      clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })]),
    read: async () => {
      const [item] = await clipboard.read()
      const html = item?.types.includes('text/html') ? await (await item.getType('text/html')).text() : ''
      return { html, text: await clipboard.readText() }
    },
  }
}
