import type { Locator } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Puts the caret after the last letter of a block of the editor, however many lines it wraps to
 * (the End key only reaches the end of the line clicked), and waits until the editor has it there.
 */
export async function caretAtBlockEnd(block: Locator): Promise<void> {
  await block.click()
  await block.evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    range.collapse(false)
    const sel = window.getSelection()
    sel?.removeAllRanges()
    sel?.addRange(range)
  })
  await expect
    .poll(() =>
      block.evaluate((el) => {
        const sel = window.getSelection()
        if (!sel || !sel.isCollapsed || !sel.anchorNode || !el.contains(sel.anchorNode)) return false
        const after = document.createRange()
        after.setStart(sel.anchorNode, sel.anchorOffset)
        after.setEndAfter(el.lastChild ?? el)
        return after.toString() === ''
      }),
    )
    .toBe(true)
}
