import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '@main/handlers/createHandlers'
import { PeopleStore } from '@node/peopleStore'
import { SettingsStore } from '@node/settingsStore'
import { defaultSettings } from '@shared/settings/settings'

const NOW = new Date('2022-09-19T09:15:00Z')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soantin-stores-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('SettingsStore on the JSON file store', () => {
  it('names the damaged file it sets aside by the injected clock', async () => {
    writeFileSync(join(dir, 'settings.json'), '{"version": 1, "units": 5}')
    const loaded = await new SettingsStore(dir, undefined, () => NOW).load()
    expect(loaded.settings).toEqual(defaultSettings())
    expect(loaded.warning?.vi).toBe(
      `Tệp cài đặt bị hỏng nên đã dùng cài đặt mặc định; bản cũ được giữ ở "${join(dir, `settings.json.hong-${NOW.getTime()}`)}".`,
    )
  })

  it('gives defaults and a version warning for a file from a newer app', async () => {
    writeFileSync(join(dir, 'settings.json'), '{"version": 3}')
    const loaded = await new SettingsStore(dir, undefined, () => NOW).load()
    expect(loaded.settings).toEqual(defaultSettings())
    expect(loaded.warning?.vi).toMatch(/^Tệp cài đặt thuộc phiên bản 3/)
    expect(readdirSync(dir)).toEqual([`settings.json.hong-${NOW.getTime()}`])
  })

  it('keeps the last of two saves sent at once', async () => {
    const store = new SettingsStore(dir)
    const first = { ...defaultSettings(), profile: { author: 'Một', unitId: 'default' } }
    const second = { ...defaultSettings(), profile: { author: 'Hai', unitId: 'default' } }
    await Promise.all([store.save(first), store.save(second)])
    expect((await store.load()).settings.profile.author).toBe('Hai')
  })

  it('the app’s handlers pass their clock to the settings store', async () => {
    writeFileSync(join(dir, 'settings.json'), 'không phải JSON')
    const handlers = createHandlers({
      appInfo: { name: 'Soạn Tin', version: 'test', platform: 'linux', locale: 'vi' },
      dialogs: { chooseDraftToOpen: async () => null, chooseDraftSavePath: async () => null },
      shell: { openExternal: async () => undefined },
      userDataDir: dir,
      now: () => NOW,
    })
    const response = await handlers.getSettings()
    expect(response.ok && response.warning).toContain(`settings.json.hong-${NOW.getTime()}`)
    expect(response).not.toHaveProperty('warningEn')
    // In the English interface the same note in English (the file, set aside once, now loads clean).
    writeFileSync(join(dir, 'settings.json'), '{"version": 99}')
    await handlers.setUiLanguage({ language: 'en' })
    const english = await handlers.getSettings()
    expect(english.ok && english.warning).toBe(
      `The settings file is from version 99; this Soạn Tin reads only version 1, so the default settings were used; the old one is kept as "${join(dir, `settings.json.hong-${NOW.getTime()}-2`)}".`,
    )
  })
})

describe('PeopleStore on the JSON file store', () => {
  it('sets a file of another version aside and starts the list again', async () => {
    writeFileSync(join(dir, 'people.json'), '{"version": 2, "people": []}')
    const store = new PeopleStore(dir, () => NOW)
    const listed = await store.list()
    expect(listed.people).toEqual([])
    expect(listed.warning?.vi).toMatch(
      /^Danh sách người chủ trì thuộc phiên bản 2.*nên được lập lại; bản cũ được giữ ở/,
    )
    await store.remember([{ name: 'Nguyễn Xuân Ký', titles: ['Bí thư Tỉnh ủy'], separator: 'comma' }])
    expect(readFileSync(join(dir, `people.json.hong-${NOW.getTime()}`), 'utf8')).toBe(
      '{"version": 2, "people": []}',
    )
    expect(JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8'))).toMatchObject({
      version: 1,
      people: [{ name: 'Nguyễn Xuân Ký', uses: 1, lastUsed: NOW.toISOString() }],
    })
  })
})
