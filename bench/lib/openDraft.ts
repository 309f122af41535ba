import type { AppUnderTest } from '../../tests/e2e/harness/launchApp'

/** Opens a draft through the app's own Ctrl+O (the fake dialog picks `path`) and waits until it shows. */
export async function openDraft(app: AppUnderTest, path: string): Promise<void> {
  app.dialogs.openQueue.push(path)
  await app.page.keyboard.press('Control+o')
  await app.page.waitForFunction(() => document.title.includes('.soantin'))
}
