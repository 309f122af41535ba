import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { photoPng } from '../fixtures/pngImage'
import { launchApp, type AppUnderTest, type IpcCallRecord } from './harness/launchApp'

/** The calls a template action may make: none of them carries the report. */
const TEMPLATE_ACTION_CHANNELS = ['templates:list', 'settings:get', 'recovery:discard', 'templates:save-user']

describe('a report from a template, the next report and "Lưu làm mẫu" send main no photo', () => {
  let app: AppUnderTest
  let calls: IpcCallRecord[]
  const photo = photoPng(360, 270, 7)
  const since = async (action: () => Promise<void>): Promise<IpcCallRecord[]> => {
    const from = calls.length
    await action()
    return calls.slice(from)
  }

  beforeAll(async () => {
    // Deps of its own: the Chromium harness, whose bound API logs each call.
    app = await launchApp({ deps: {} })
    calls = app.ipcCalls!
  })
  afterAll(async () => {
    await app?.close()
  })

  it('makes a report from a template with the list main sent, asking main for nothing with a report', async () => {
    const made = await since(async () => {
      await app.page.getByRole('button', { name: 'Mới', exact: true }).click()
      const gallery = app.page.getByRole('dialog', { name: 'Tạo báo cáo từ mẫu' })
      await gallery.getByLabel('Ngày họp').fill('2022-09-19')
      await gallery.getByRole('button', { name: 'Tạo báo cáo từ mẫu "Giao ban Thường trực Tỉnh ủy"' }).click()
      await gallery.waitFor({ state: 'hidden' })
    })
    expect(await app.page.locator('.st-editor [data-field="dateLead"]').innerText()).toBe('Ngày 19/9')
    expect(made.map((c) => c.channel).filter((c) => !TEMPLATE_ACTION_CHANNELS.includes(c))).toEqual([])
  })

  it('saves the report with its photo as a template without sending the photo', async () => {
    const file = join(app.docsDir, 'anh.png')
    writeFileSync(file, photo)
    await app.page.getByTestId('image-input').setInputFiles(file)
    await expect.poll(() => app.page.locator('.st-editor figure').count()).toBe(1)
    // The backup carries the photo, as it must: wait for it so it is not counted below.
    await expect
      .poll(() => calls.some((c) => c.channel === 'recovery:backup' && c.bytes > photo.length))
      .toBe(true)

    const saved = await since(async () => {
      await app.page.getByRole('button', { name: 'Lưu làm mẫu' }).click()
      const dialog = app.page.getByRole('dialog', { name: 'Lưu báo cáo hiện tại làm mẫu' })
      await dialog.getByLabel('Tên mẫu').fill('Mẫu có ảnh')
      await dialog.getByRole('button', { name: 'Lưu mẫu' }).click()
      await dialog.waitFor({ state: 'hidden' })
    })
    expect(saved.map((c) => c.channel)).toContain('templates:save-user')
    expect(saved.map((c) => c.channel).filter((c) => !TEMPLATE_ACTION_CHANNELS.includes(c))).toEqual([])
    expect(Math.max(...saved.map((c) => c.bytes))).toBeLessThan(photo.length / 4)
  })

  it('makes the next report without sending the photo it drops', async () => {
    const next = await since(async () => {
      await app.page.getByRole('button', { name: 'Báo cáo kỳ tiếp theo' }).click()
      await app.page
        .getByRole('alertdialog', { name: 'Lưu thay đổi?' })
        .getByRole('button', { name: 'Không lưu' })
        .click()
      await expect
        .poll(() => app.page.locator('.st-editor [data-field="dateLead"]').innerText())
        .toBe('Ngày 26/9')
    })
    expect(await app.page.locator('.st-editor figure').count()).toBe(0)
    expect(next.map((c) => c.channel).filter((c) => !TEMPLATE_ACTION_CHANNELS.includes(c))).toEqual([])
    expect(Math.max(...next.map((c) => c.bytes))).toBeLessThan(photo.length / 4)
  })
})
