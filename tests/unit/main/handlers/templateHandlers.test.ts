import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it } from 'vitest'
import { createHandlers, type Handlers } from '@main/handlers/createHandlers'
import { dispatchIpc } from '@main/ipc/dispatch'
import { IPC } from '@shared/ipc/contract'
import { defaultSettings } from '@shared/settings/settings'
import { reportParagraphs } from '@shared/text/reportText'
import { buildSeedReport, loadSeedTemplate } from '../../../../scripts/make-seed-example'

const TEMPLATES_DIR = fileURLToPath(new URL('../../../../templates', import.meta.url))
const noDialogs = { chooseDraftToOpen: async () => null, chooseDraftSavePath: async () => null }

function handlersFor(userDataDir: string): Handlers {
  return createHandlers({
    appInfo: { name: 'Soạn Tin', version: 'test', platform: 'linux', locale: 'vi' },
    dialogs: noDialogs,
    shell: { openExternal: async () => undefined },
    userDataDir,
    templatesDir: TEMPLATES_DIR,
    now: () => new Date('2022-09-20T01:00:00Z'),
  })
}

let userData: string
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'soantin-'))
})

describe('template, settings and people handlers', () => {
  it('creates a draft with the theme of the meeting year and the profile author from settings', async () => {
    const handlers = handlersFor(userData)
    const settings = defaultSettings()
    settings.profile.author = 'Thu Hiền'
    settings.units[0]!.themes = [{ year: 2022, text: 'Chủ đề công tác năm 2022' }]
    expect(await handlers.saveSettings({ settings })).toMatchObject({ ok: true })
    const created = await handlers.newFromTemplate({
      templateId: 'giao-ban-thuong-truc-huyen-uy',
      date: '2022-09-19',
    })
    if (!created.ok) throw new Error(created.message)
    const lines = reportParagraphs(created.report)
    expect(lines[0]).toBe('Chủ đề công tác năm 2022')
    expect(lines.at(-1)).toBe('Thu Hiền (Trung tâm TT-VH)')
    const missing = await handlers.newFromTemplate({ templateId: 'khong-co', date: null })
    expect(missing).toEqual({ ok: false, message: expect.stringMatching(/Không tìm thấy mẫu "khong-co"/) })
  })

  it('makes next week’s report and says whether the template was found', async () => {
    const handlers = handlersFor(userData)
    const seed = buildSeedReport(loadSeedTemplate())
    const next = await handlers.nextReport({ report: seed })
    if (!next.ok) throw new Error(next.message)
    expect(next.templateFound).toBe(true)
    expect(next.report.id).not.toBe(seed.id)
    expect(next.report.fields.meetingDate).toBe('2022-09-26')
    const orphan = await handlers.nextReport({ report: { ...seed, templateId: 'da-xoa' } })
    expect(orphan.ok && orphan.templateFound).toBe(false)
  })

  it('saves a user template that a restarted app lists beside the built-ins', async () => {
    const seed = buildSeedReport(loadSeedTemplate())
    const saved = await handlersFor(userData).saveAsTemplate({
      report: seed,
      name: 'Giao ban Tỉnh ủy – Đầm Hà',
      description: 'Có sẵn người chủ trì',
      period: 'weekly',
    })
    if (!saved.ok) throw new Error(saved.message)
    expect(saved.template).toMatchObject({ source: 'user', fileName: 'giao-ban-tinh-uy-dam-ha.json' })

    const restarted = handlersFor(userData)
    const list = await restarted.listTemplates(null)
    expect(list.problems).toEqual([])
    expect(list.templates.filter((t) => t.source === 'builtin')).toHaveLength(8)
    expect(list.templates.find((t) => t.source === 'user')?.template.name).toBe('Giao ban Tỉnh ủy – Đầm Hà')
    const fromUser = await restarted.newFromTemplate({
      templateId: 'giao-ban-tinh-uy-dam-ha',
      date: '2022-09-26',
    })
    if (!fromUser.ok) throw new Error(fromUser.message)
    expect(fromUser.report.fields.chair).toEqual(seed.fields.chair)
  })

  it('remembers people across a restart, sorted the Vietnamese way', async () => {
    await handlersFor(userData).rememberPeople({
      people: [
        { name: 'Nguyễn Xuân Ký', titles: ['Bí thư Tỉnh ủy'], separator: 'comma' },
        { name: 'Đỗ Thị Ninh Hường', titles: ['TUV'], separator: 'endash' },
        { name: 'Dương Văn Bình', titles: [], separator: 'comma' },
      ],
    })
    const listed = await handlersFor(userData).listPeople(null)
    expect(listed.people.map((p) => p.name)).toEqual([
      'Dương Văn Bình',
      'Đỗ Thị Ninh Hường',
      'Nguyễn Xuân Ký',
    ])
  })

  it('keeps settings across a restart', async () => {
    const settings = defaultSettings()
    settings.units[0]!.themes = [{ year: 2024, text: 'Chủ đề 2024' }]
    await handlersFor(userData).saveSettings({ settings })
    const reloaded = await handlersFor(userData).getSettings(null)
    expect(reloaded.settings.units[0]!.themes).toEqual([{ year: 2024, text: 'Chủ đề 2024' }])
  })
})

describe('main validates every template payload', () => {
  const cases: Array<[string, string, unknown, RegExp]> = [
    [
      'a date not on the calendar',
      IPC.newFromTemplate.channel,
      { templateId: 'bao-cao-trong', date: '2023-02-30' },
      /date/,
    ],
    [
      'an id with a path in it',
      IPC.newFromTemplate.channel,
      { templateId: '../../etc/passwd', date: null },
      /templateId/,
    ],
    [
      'an empty template name',
      IPC.saveAsTemplate.channel,
      { report: null, name: '', description: '', period: 'weekly' },
      /report|name/,
    ],
    [
      'a settings object of the wrong shape',
      IPC.saveSettings.channel,
      { settings: { units: 'x' } },
      /settings.units/,
    ],
    ['people that are not people', IPC.rememberPeople.channel, { people: [{ name: 1 }] }, /people.0.name/],
  ]
  it.each(cases)(
    'refuses %s with a Vietnamese message and runs nothing',
    async (_name, channel, payload, where) => {
      const result = (await dispatchIpc(handlersFor(userData), channel, payload)) as {
        ok: boolean
        message: string
      }
      expect(result.ok).toBe(false)
      expect(result.message).toMatch(/^Dữ liệu gửi từ giao diện không hợp lệ/)
      expect(result.message).toMatch(where)
    },
  )
})
