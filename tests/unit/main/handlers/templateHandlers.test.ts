import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it } from 'vitest'
import { createHandlers, type Handlers } from '@main/handlers/createHandlers'
import { dispatchIpc } from '@main/ipc/dispatch'
import { IPC, type IpcResponses } from '@shared/ipc/contract'
import { defaultSettings } from '@shared/settings/settings'
import { createDraftFromTemplate } from '@shared/templates/createDraft'
import { templateFromReport, templateIdFromName } from '@shared/templates/templateFromReport'
import type { Template } from '@shared/templates/templateSchema'
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

/** The template the renderer makes for "Lưu làm mẫu" from the seed report. */
function userTemplate(name: string): Template {
  const base = loadSeedTemplate()
  const meta = {
    id: templateIdFromName(name),
    name,
    description: 'Có sẵn người chủ trì',
    period: 'weekly' as const,
  }
  const built = templateFromReport(buildSeedReport(base), meta, base)
  if (!built.ok) throw new Error(built.message)
  return built.template
}

let userData: string
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'soantin-'))
})

describe('template, settings and people handlers', () => {
  it('saves a user template that a restarted app lists beside the built-ins', async () => {
    const seed = buildSeedReport(loadSeedTemplate())
    const saved = (await dispatchIpc(handlersFor(userData), IPC.saveAsTemplate.channel, {
      template: userTemplate('Giao ban Tỉnh ủy – Đầm Hà'),
    })) as IpcResponses['saveAsTemplate']
    if (!saved.ok) throw new Error(saved.message)
    expect(saved.template).toMatchObject({ source: 'user', fileName: 'giao-ban-tinh-uy-dam-ha.json' })

    const list = await handlersFor(userData).listTemplates()
    expect(list.problems).toEqual([])
    expect(list.templates.filter((t) => t.source === 'builtin')).toHaveLength(8)
    const mine = list.templates.find((t) => t.source === 'user')
    expect(mine?.template.name).toBe('Giao ban Tỉnh ủy – Đầm Hà')
    const draft = createDraftFromTemplate(mine!.template, {
      id: 'x',
      now: new Date(),
      date: '2022-09-26',
      newId: () => 'p',
    })
    expect(draft.fields.chair).toEqual(seed.fields.chair)
  })

  it('never overwrites a built-in template that has the same id', async () => {
    const template = { ...userTemplate('Mẫu'), id: 'giao-ban-thuong-truc-tinh-uy' }
    const saved = await handlersFor(userData).saveAsTemplate({ template })
    expect(saved).toMatchObject({ ok: true, template: { fileName: 'giao-ban-thuong-truc-tinh-uy-2.json' } })
  })

  it('checks the template again and writes nothing when its fields do not match its body', async () => {
    const template = userTemplate('Mẫu hỏng')
    const broken: Template = { ...template, fields: template.fields.filter((f) => f.name !== 'title') }
    const saved = await handlersFor(userData).saveAsTemplate({ template: broken })
    expect(saved).toEqual({
      ok: false,
      message: expect.stringMatching(/^Không lưu được mẫu \(trường "defaults.title"\)/),
      said: { vi: expect.stringMatching(/^Không lưu được mẫu/), en: expect.any(String) },
    })
    expect(() => readdirSync(join(userData, 'templates'))).toThrow()
  })

  it('remembers people across a restart, sorted the Vietnamese way', async () => {
    await handlersFor(userData).rememberPeople({
      people: [
        { name: 'Nguyễn Xuân Ký', titles: ['Bí thư Tỉnh ủy'], separator: 'comma' },
        { name: 'Đỗ Thị Ninh Hường', titles: ['TUV'], separator: 'endash' },
        { name: 'Dương Văn Bình', titles: [], separator: 'comma' },
      ],
    })
    const listed = await handlersFor(userData).listPeople()
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
    const reloaded = await handlersFor(userData).getSettings()
    expect(reloaded.settings.units[0]!.themes).toEqual([{ year: 2024, text: 'Chủ đề 2024' }])
  })
})

describe('the template channels carry no report', () => {
  it('has no call that sends a report to make a draft or the next report', () => {
    const templateCalls = Object.values(IPC).filter((entry) => entry.channel.startsWith('templates:'))
    expect(templateCalls.map((entry) => entry.channel)).toEqual(['templates:list', 'templates:save-user'])
    const saveShape = IPC.saveAsTemplate.request.shape
    expect(Object.keys(saveShape)).toEqual(['template'])
  })
})

describe('main validates every template payload', () => {
  const cases: Array<[string, string, unknown, RegExp]> = [
    ['a report instead of a template', IPC.saveAsTemplate.channel, { report: {}, name: 'Mẫu' }, /template/],
    [
      'an id with a path in it',
      IPC.saveAsTemplate.channel,
      { template: { ...userTemplate('Mẫu'), id: '../../etc/passwd' } },
      /template.id/,
    ],
    [
      'an empty template name',
      IPC.saveAsTemplate.channel,
      { template: { ...userTemplate('Mẫu'), name: '  ' } },
      /template.name/,
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
      expect(() => readdirSync(join(userData, 'templates'))).toThrow()
    },
  )
})
