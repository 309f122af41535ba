/**
 * A paste event holding what main read from the clipboard, for "Dán" in the right-click menu: the
 * paste handlers then see the HTML as after Ctrl+V — Word's `.VnTime` or `VNI-Times` font names
 * included, which tell a one-word TCVN3 or VNI paste from ordinary text.
 */
export function pasteEventOf(html: string, text: string): ClipboardEvent {
  const data = new DataTransfer()
  if (html) data.setData('text/html', html)
  if (text) data.setData('text/plain', text)
  return new ClipboardEvent('paste', { clipboardData: data })
}
