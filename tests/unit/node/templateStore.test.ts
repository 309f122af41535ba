import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it } from 'vitest'
import { TemplateStore, uniqueTemplateId } from '@node/templateStore'
import { describeTemplateProblem } from '@shared/templates/templateSchema'
import { templateFromReport } from '@shared/templates/templateFromReport'
import { createDraftFromTemplate } from '@shared/templates/createDraft'
import { buildSeedReport, loadSeedTemplate } from '../../../scripts/make-seed-example'

const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url))

let root: string
let builtin: string
let user: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'soantin-'))
  builtin = join(root, 'builtin')
  user = join(root, 'userData', 'templates')
  mkdirSync(builtin)
  for (const f of readdirSync(TEMPLATES_DIR)) copyFileSync(join(TEMPLATES_DIR, f), join(builtin, f))
})

describe('template store', () => {
  it('lists the built-ins when the user folder does not exist yet, without a problem', async () => {
    const { templates, problems } = await new TemplateStore(builtin, user).list()
    expect(templates.map((t) => t.source)).toEqual(Array(8).fill('builtin'))
    expect(problems).toEqual([])
  })

  it('reports and skips a broken user template and still lists the others', async () => {
    mkdirSync(user, { recursive: true })
    writeFileSync(join(user, 'hong.json'), '{"format": "soantin-template", "version": 1, "id": "hong"')
    const tpl = JSON.parse(JSON.stringify(loadSeedTemplate()))
    tpl.period = 'hằng năm'
    writeFileSync(join(user, 'sai-dinh-ky.json'), JSON.stringify({ ...tpl, id: 'sai-dinh-ky' }))
    writeFileSync(join(builtin, 'giao-ban-trung.json'), JSON.stringify(loadSeedTemplate()))
    const { templates, problems } = await new TemplateStore(builtin, user).list()
    expect(templates).toHaveLength(8)
    const lines = problems.map(describeTemplateProblem)
    expect(lines).toHaveLength(3)
    expect(lines.find((l) => l.includes('hong.json'))).toMatch(/mẫu của người dùng.*không phải JSON/)
    expect(lines.find((l) => l.includes('sai-dinh-ky.json'))).toMatch(/trường "period"/)
    expect(lines.find((l) => l.includes('giao-ban-trung.json'))).toMatch(
      /mẫu có sẵn.*trường "id".*trùng với mẫu "giao-ban-thuong-truc-tinh-uy.json"/,
    )
  })

  it('reports a missing built-in folder and keeps the user templates', async () => {
    const store = new TemplateStore(join(root, 'khong-co'), user)
    const { templates, problems } = await store.list()
    expect(templates).toEqual([])
    expect(describeTemplateProblem(problems[0]!)).toMatch(/không đọc được thư mục mẫu \(ENOENT\)/)
  })

  it('keeps a saved user template after a restart (a new store on the same folders)', async () => {
    const seed = buildSeedReport(loadSeedTemplate())
    const built = templateFromReport(
      seed,
      {
        id: 'giao-ban-tinh-uy-cua-toi',
        name: 'Giao ban Tỉnh ủy của tôi',
        description: 'Mẫu riêng',
        period: 'weekly',
      },
      loadSeedTemplate(),
    )
    if (!built.ok) throw new Error(built.message)
    const saved = await new TemplateStore(builtin, user).saveUserTemplate(built.template)
    expect(saved.fileName).toBe('giao-ban-tinh-uy-cua-toi.json')

    const restarted = await new TemplateStore(builtin, user).list()
    const mine = restarted.templates.find((t) => t.source === 'user')
    expect(restarted.problems).toEqual([])
    expect(mine?.template).toEqual(built.template)
    let n = 0
    const draft = createDraftFromTemplate(mine!.template, {
      id: 'x',
      now: new Date(),
      date: '2022-09-26',
      newId: () => `p${n++}`,
    })
    expect(draft.fields.chair).toEqual(seed.fields.chair)
    expect(draft.fields.bridgePoints.map((p) => p.chair)).toEqual(
      seed.fields.bridgePoints.map((p) => p.chair),
    )
  })

  it('never overwrites: a name taken by a built-in or an earlier user template gets a new id', async () => {
    const store = new TemplateStore(builtin, user)
    const template = { ...loadSeedTemplate(), name: 'Bản sao' }
    const first = await store.saveUserTemplate(template)
    const second = await store.saveUserTemplate(template)
    expect(first.template.id).toBe('giao-ban-thuong-truc-tinh-uy-2')
    expect(second.template.id).toBe('giao-ban-thuong-truc-tinh-uy-3')
    expect(readdirSync(user).sort()).toEqual([
      'giao-ban-thuong-truc-tinh-uy-2.json',
      'giao-ban-thuong-truc-tinh-uy-3.json',
    ])
  })

  it('picks the first free id', () => {
    expect(uniqueTemplateId('a', new Set())).toBe('a')
    expect(uniqueTemplateId('a', new Set(['a', 'a-2']))).toBe('a-3')
  })
})
