import type { Page } from 'playwright-core'

/**
 * A paste event on the editor carrying `html` and/or `text`, as a clipboard from Word or a browser
 * would: ProseMirror's own paste handling runs, with every plugin of the app.
 */
export async function dispatchPaste(page: Page, data: { html?: string; text?: string }): Promise<void> {
  await page.evaluate(({ html, text }) => {
    const clipboard = new DataTransfer()
    if (html) clipboard.setData('text/html', html)
    if (text) clipboard.setData('text/plain', text)
    const event = new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true })
    document.querySelector('.st-editor')?.dispatchEvent(event)
  }, data)
}
