import { describe, expect, it } from 'vitest'
import { MENU_COMMANDS, type MenuCommand } from '@shared/ipc/contract'
import { createHandlers } from '@main/handlers/createHandlers'
import { menuTemplate, type MenuItem } from '@main/menuTemplate'

// Letters only Vietnamese uses among the two languages (the product name excepted).
const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i

function flatten(items: MenuItem[]): MenuItem[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])])
}

function build(language: 'vi' | 'en') {
  const sent: MenuCommand[] = []
  const items = flatten(
    menuTemplate(language, (command) => () => sent.push(command), [
      { label: 'bao-cao.soantin', open: () => {} },
    ]),
  )
  for (const item of items) item.click?.()
  return { items, sent }
}

describe('the application menu', () => {
  it('is the same menu in English as in Vietnamese: items, roles, shortcuts and commands', () => {
    const vi = build('vi')
    const en = build('en')
    const shape = (items: MenuItem[]) =>
      items.map(({ type, role, accelerator, enabled, submenu }) => ({
        type,
        role,
        accelerator,
        enabled,
        children: submenu?.length,
      }))
    expect(shape(en.items)).toEqual(shape(vi.items))
    expect(en.sent).toEqual(vi.sent)
    // Every command the renderer handles from the menu is reachable from it; main sends the other
    // two itself (the window's close button, a file opened from the system).
    const fromMain: MenuCommand[] = ['closeRequest', 'openPending']
    expect([...new Set(vi.sent)].sort()).toEqual(MENU_COMMANDS.filter((c) => !fromMain.includes(c)).sort())
  })

  it('speaks English without a Vietnamese word, but the product name and the files', () => {
    const labels = build('en')
      .items.map((item) => item.label ?? '')
      .filter((label) => label !== 'bao-cao.soantin')
      .map((label) => label.replace('Soạn Tin', ''))
    expect(labels.filter((label) => VIETNAMESE.test(label))).toEqual([])
    expect(labels).toContain('Export HTML…')
    expect(build('vi').items.map((item) => item.label)).toContain('Xuất HTML…')
  })

  it('says so when there is no recent file, in each language', () => {
    const label = (language: 'vi' | 'en') =>
      flatten(menuTemplate(language, () => () => {})).find((item) => item.enabled === false)?.label
    expect(label('vi')).toBe('Chưa có tệp nào')
    expect(label('en')).toBe('No files yet')
  })

  it('follows the interface: the language the renderer reports reaches the shell', async () => {
    const heard: string[] = []
    const handlers = createHandlers({
      appInfo: { name: 'Soạn Tin', version: 'test', platform: 'linux', locale: 'vi' },
      dialogs: { chooseDraftToOpen: async () => null, chooseDraftSavePath: async () => null },
      shell: { openExternal: async () => undefined },
      userDataDir: '/nonexistent',
      onUiLanguage: (language) => heard.push(language),
    })
    expect(await handlers.setUiLanguage({ language: 'en' })).toEqual({ ok: true })
    expect(await handlers.setUiLanguage({ language: 'vi' })).toEqual({ ok: true })
    expect(heard).toEqual(['en', 'vi'])
  })
})
