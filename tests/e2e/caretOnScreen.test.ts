import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

/**
 * A key acts where the caret is on screen even before Chromium has told the editor it moved
 * (`selectionchange` is queued behind input events on a busy renderer). Each case moves the browser's
 * selection and presses the key in one synchronous step, so the event cannot have arrived in between.
 */
describe('keys act on the caret the officer sees', () => {
  let app: AppUnderTest
  const page = () => app.page
  const line = (text: string) => page().locator('.st-editor > p', { hasText: text })

  beforeAll(async () => {
    app = await launchApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  /** Moves the browser's selection inside the line holding `text`, then sends a key at once. */
  const moveThenPress = (text: string, from: number, to: number, key: { key: string; ctrlKey?: boolean }) =>
    page().evaluate(
      ({ text, from, to, key }) => {
        const editor = document.querySelector<HTMLElement>('.st-editor')
        const block = [...(editor?.querySelectorAll(':scope > p') ?? [])].find((p) => p.textContent === text)
        const node = block?.firstChild
        if (!editor || !node) throw new Error(`no line ${text}`)
        editor.focus()
        getSelection()?.setBaseAndExtent(node, from, node, to)
        editor.dispatchEvent(
          new KeyboardEvent('keydown', {
            key: key.key,
            code: key.key === 'Enter' ? 'Enter' : `Key${key.key.toUpperCase()}`,
            keyCode: key.key === 'Enter' ? 13 : key.key.toUpperCase().charCodeAt(0),
            ctrlKey: key.ctrlKey ?? false,
            bubbles: true,
            cancelable: true,
          }),
        )
      },
      { text, from, to, key },
    )

  it('splits the line at the caret the browser just moved, not where it was before', async () => {
    await caretAtEnd(page().locator('.st-editor > p:not(.st-fieldview)').first())
    await page().keyboard.press('Enter')
    await page().keyboard.type('Một hai ba')
    await expect.poll(() => line('Một hai ba').count()).toBe(1)
    // The editor's own caret is at the end of the line (just typed there).
    await moveThenPress('Một hai ba', 3, 3, { key: 'Enter' })
    await expect.poll(() => line('Một').first().innerText()).toBe('Một')
    expect(await line('hai ba').innerText()).toBe(' hai ba')
    // The caret follows the split: typing goes at the start of the new line.
    await page().keyboard.type('X')
    await expect.poll(() => line('hai ba').innerText()).toBe('X hai ba')
  })

  it('opens the link dialog on the word the browser just selected', async () => {
    await moveThenPress('X hai ba', 2, 5, { key: 'k', ctrlKey: true })
    const dialog = page().getByRole('dialog')
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(await dialog.getByLabel('Chữ hiển thị', { exact: true }).inputValue()).toBe('hai')
    await page().keyboard.press('Escape')
    await expect.poll(() => dialog.isVisible()).toBe(false)
  })
})
