import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, type AppUnderTest } from './harness/launchApp'

describe('spell check, offline, in the body and the panel', () => {
  let app: AppUnderTest
  const editor = () => app.page.locator('.st-editor')
  const bodyMisses = () => editor().locator('.st-spell-miss')
  const panel = () => app.page.getByTestId('field-panel')
  const panelMisses = () => panel().locator('.st-spell-layer:not([hidden]) .st-spell-miss')
  const menu = () => app.page.getByRole('menu', { name: 'Lệnh tại chỗ' })
  const texts = (l: ReturnType<typeof bodyMisses>) => l.evaluateAll((els) => els.map((e) => e.textContent))
  const underline = (l: ReturnType<typeof bodyMisses>) =>
    l.evaluate((el) => {
      const css = getComputedStyle(el)
      return `${css.textDecorationLine} ${css.textDecorationStyle}`
    })
  const rightClickOn = async (l: ReturnType<typeof bodyMisses>) => {
    const box = (await l.boundingBox())!
    await app.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' })
    await menu().waitFor()
  }

  beforeAll(async () => {
    app = await launchApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('underlines misspelt words in the body, accepting both tone styles, and corrects one in one undo step', async () => {
    await editor().click()
    await app.page.keyboard.type('Hội nghi Tỉnh ủy, Tỉnh uỷ và UBND huyệnn ngày 19/9.')
    await expect.poll(() => texts(bodyMisses())).toEqual(['nghi', 'huyệnn'])
    expect(await underline(bodyMisses().last())).toBe('underline wavy')

    await rightClickOn(bodyMisses().last())
    const items = await menu().getByRole('menuitem').allInnerTexts()
    expect(items[0]).toBe('huyện')
    expect(items).toContain('Thêm vào từ điển')
    await menu().getByRole('menuitem', { name: 'huyện', exact: true }).click()
    await expect.poll(() => editor().innerText()).toBe('Hội nghi Tỉnh ủy, Tỉnh uỷ và UBND huyện ngày 19/9.')
    await expect.poll(() => texts(bodyMisses())).toEqual(['nghi'])

    // The known slip "hội nghi" offers its one fix.
    await rightClickOn(bodyMisses().first())
    await menu().getByRole('menuitem', { name: 'nghị', exact: true }).click()
    await expect.poll(() => editor().innerText()).toBe('Hội nghị Tỉnh ủy, Tỉnh uỷ và UBND huyện ngày 19/9.')
    await expect.poll(() => bodyMisses().count()).toBe(0)

    await app.page.keyboard.press('Control+z')
    await expect.poll(() => editor().innerText()).toBe('Hội nghi Tỉnh ủy, Tỉnh uỷ và UBND huyện ngày 19/9.')
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => editor().innerText()).toBe('Hội nghi Tỉnh ủy, Tỉnh uỷ và UBND huyệnn ngày 19/9.')
    await expect.poll(() => texts(bodyMisses())).toEqual(['nghi', 'huyệnn'])
  })

  it('adds a word to the user dictionary: the underline goes and the file is written', async () => {
    await app.page.keyboard.press('End')
    await app.page.keyboard.type(' Đồng chí Ksor Bleng')
    await expect.poll(() => texts(bodyMisses())).toEqual(['nghi', 'huyệnn', 'Ksor', 'Bleng'])
    await rightClickOn(bodyMisses().last())
    await menu().getByRole('menuitem', { name: 'Thêm vào từ điển' }).click()
    await expect.poll(() => texts(bodyMisses())).toEqual(['nghi', 'huyệnn', 'Ksor'])
    await app.page.getByRole('status').filter({ hasText: 'Đã thêm "Bleng" vào từ điển riêng.' }).waitFor()
    const file = join(app.userDataDir, 'user-dictionary.json')
    await expect.poll(() => existsSync(file)).toBe(true)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, words: ['Bleng'] })
  })

  it('underlines a misspelt word in a panel box and corrects it there, undone by the box', async () => {
    const title = panel().locator('#st-in-title')
    await title.click()
    await title.press('Control+a')
    await app.page.keyboard.type('Giao ban tuầnn thứ nhất')
    await expect.poll(() => texts(panelMisses())).toEqual(['tuầnn'])
    expect(await underline(panelMisses().first())).toBe('underline wavy')
    // The underline sits on the word in the box: the layer's word and the box overlap.
    const word = (await panelMisses().first().boundingBox())!
    const box = (await title.boundingBox())!
    expect(word.y).toBeGreaterThanOrEqual(box.y)
    expect(word.y + word.height).toBeLessThanOrEqual(box.y + box.height)

    await rightClickOn(panelMisses().first())
    await menu().getByRole('menuitem', { name: 'tuần', exact: true }).click()
    await expect.poll(() => title.inputValue()).toBe('Giao ban tuần thứ nhất')
    await expect.poll(() => panelMisses().count()).toBe(0)
    await title.press('Control+z')
    await expect.poll(() => title.inputValue()).toBe('Giao ban tuầnn thứ nhất')
    await expect.poll(() => texts(panelMisses())).toEqual(['tuầnn'])
  })

  it('accepts a name typed as the chair in the panel, in the body and in its box', async () => {
    await expect.poll(() => texts(bodyMisses())).toEqual(['nghi', 'huyệnn', 'Ksor'])
    const chair = panel().locator('#st-in-chair')
    await chair.click()
    await app.page.keyboard.type('Ksor Y Hmoan')
    await expect.poll(() => texts(bodyMisses())).toEqual(['nghi', 'huyệnn'])
    // Its own box, checked after the same pause, underlines nothing either.
    await app.page.waitForTimeout(600)
    expect(await panel().locator('#st-in-chair + .st-spell-layer:not([hidden]) .st-spell-miss').count()).toBe(
      0,
    )
  })

  it('turned off in the settings, underlines nothing; on again, underlines again', async () => {
    const toggle = async (on: boolean) => {
      await panel().getByRole('button', { name: 'Chủ đề năm và tác giả…' }).click()
      const dialog = app.page.getByRole('dialog', { name: 'Chủ đề năm và tác giả' })
      await dialog.getByLabel('Kiểm tra chính tả (gạch chân từ viết sai)').setChecked(on)
      await dialog.getByRole('button', { name: 'Lưu cài đặt' }).click()
      await dialog.waitFor({ state: 'hidden' })
    }
    await toggle(false)
    await expect.poll(() => bodyMisses().count()).toBe(0)
    await expect.poll(() => panelMisses().count()).toBe(0)
    // Typing while off underlines nothing either.
    await editor().click()
    await app.page.keyboard.press('Control+End')
    await app.page.keyboard.type(' sai chínhh tả')
    await app.page.waitForTimeout(600)
    expect(await bodyMisses().count()).toBe(0)
    const saved = JSON.parse(readFileSync(join(app.userDataDir, 'settings.json'), 'utf8')) as {
      spellCheck: boolean
    }
    expect(saved.spellCheck).toBe(false)

    await toggle(true)
    await expect.poll(() => texts(bodyMisses())).toEqual(['nghi', 'huyệnn', 'chínhh'])
    await expect.poll(() => texts(panelMisses())).toEqual(['tuầnn'])
  })
})
