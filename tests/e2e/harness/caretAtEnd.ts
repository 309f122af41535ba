import type { Locator } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Clicks a block of the editor, puts the caret at its end and waits until the caret is really
 * there. On a loaded machine a key pressed right after the click can reach the editor before its
 * selection follows the click, and then types over whatever was selected before (a field, a photo).
 */
export async function caretAtEnd(block: Locator): Promise<void> {
  await block.click()
  await block.page().keyboard.press('End')
  await expect
    .poll(() =>
      block.evaluate((el) => {
        const sel = window.getSelection()
        const editor = el.closest('[contenteditable="true"]')
        if (!sel || !sel.isCollapsed || !sel.anchorNode || !editor) return false
        return editor.contains(document.activeElement) && el.contains(sel.anchorNode)
      }),
    )
    .toBe(true)
}
