import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseReportBytes, serializeReport } from '@shared/model/parseReport'
import { bold, field, p, reportWith, t } from '../fixtures/builders'
import { launchApp, type AppUnderTest } from './harness/launchApp'

/** Launches the app recording every answer the renderer gives to a close request. */
async function launchRecordingCloses(): Promise<{ app: AppUnderTest; answers: boolean[] }> {
  const answers: boolean[] = []
  const app = await launchApp({ deps: { window: { answerClose: (proceed) => answers.push(proceed) } } })
  return { app, answers }
}

/** Writes a draft into the app's documents folder and opens it with Ctrl+O. */
async function openDraft(app: AppUnderTest, name: string, text: string): Promise<void> {
  const path = join(app.docsDir, name)
  writeFileSync(path, text)
  app.dialogs.openQueue.push(path)
  await app.page.keyboard.press('Control+o')
  await expect.poll(() => app.page.title()).toBe(`${name} — Soạn Tin`)
}

/** A schema-valid draft whose links carry no text target: a number, and no href at all. */
function hostileLinkDraft(): string {
  const raw = JSON.parse(
    serializeReport(reportWith({}, p('Xem tại ', t('cổng tỉnh', bold), ' và ', t('báo tỉnh')))),
  ) as { body: { content: Array<{ content: Array<{ marks?: unknown[] }> }> } }
  const runs = raw.body.content[0]!.content
  runs[1]!.marks = [{ type: 'bold' }, { type: 'link', attrs: { href: 42 } }]
  runs[3]!.marks = [{ type: 'link', attrs: {} }]
  return JSON.stringify(raw)
}

/**
 * A schema-valid draft whose field's name is an object that cannot become text: a real way a draft
 * from outside makes the editor throw while it draws the report.
 */
function brokenFieldDraft(): string {
  const raw = JSON.parse(
    serializeReport(
      reportWith({}, p('Chủ trì: ', field('chairName')), p('Ý kiến chỉ đạo của đồng chí Bí thư.')),
    ),
  ) as { body: { content: Array<{ content: Array<{ attrs?: Record<string, unknown> }> }> } }
  raw.body.content[0]!.content[1]!.attrs = { name: { toString: 0 } }
  return JSON.stringify(raw)
}

describe('a hostile draft cannot blank the window', () => {
  let app: AppUnderTest | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('opens a draft with links that have no text target: the text shows, the links are gone', async () => {
    const launched = await launchRecordingCloses()
    app = launched.app
    await app.page.locator('.st-editor').waitFor()
    await openDraft(app, 'lien-ket-hong.soantin', hostileLinkDraft())
    await expect
      .poll(() => app!.page.locator('.st-editor p').first().innerText())
      .toBe('Xem tại cổng tỉnh và báo tỉnh')
    expect(await app.page.locator('.st-editor a').count()).toBe(0)
    expect(await app.page.locator('.st-editor strong').innerText()).toBe('cổng tỉnh')
    await app.menu('closeRequest')
    await expect.poll(() => launched.answers).toEqual([true])
  })

  it('shows the crash panel when the editor fails, saves a copy, and still answers the close request', async () => {
    const launched = await launchRecordingCloses()
    app = launched.app
    await app.page.locator('.st-editor').waitFor()
    await openDraft(app, 'truong-hong.soantin', brokenFieldDraft())
    const panel = app.page.getByRole('alert').filter({ hasText: 'Không hiển thị được báo cáo' })
    await panel.waitFor()
    expect(await panel.innerText()).toContain('Nội dung báo cáo vẫn an toàn')
    // The rest of the window is still there: the toolbar, the field panel, the menu.
    expect(await app.page.getByRole('button', { name: 'Mở' }).count()).toBeGreaterThan(0)

    const copy = join(app.docsDir, 'ban-sao.soantin')
    app.dialogs.saveQueue.push(copy)
    await panel.getByRole('button', { name: 'Lưu bản sao…' }).click()
    await panel.getByRole('status').filter({ hasText: 'ban-sao.soantin' }).waitFor()
    const saved = parseReportBytes(readFileSync(copy))
    if (!saved.ok) throw new Error(saved.message)
    expect(JSON.stringify(saved.report.body)).toContain('Ý kiến chỉ đạo của đồng chí Bí thư.')
    expect(await app.page.title()).toBe('truong-hong.soantin — Soạn Tin')

    await app.menu('closeRequest')
    await expect.poll(() => launched.answers).toEqual([true])
  })
})
