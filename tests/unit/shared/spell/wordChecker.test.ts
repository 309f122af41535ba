import { describe, expect, it } from 'vitest'
import { emptyFields } from '@shared/model/fields'
import { acceptedWords, nameFields, templateNames } from '@shared/spell/acceptedWords'
import { spellTokens } from '@shared/spell/spellTokens'
import { WordChecker } from '@shared/spell/wordChecker'
import { viDictionary } from './viDictionary'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseTemplateText } from '@shared/templates/parseTemplate'

function loadBuiltinTemplate(id: string) {
  const parsed = parseTemplateText(
    readFileSync(join(__dirname, '../../../../templates', `${id}.json`), 'utf8'),
  )
  if (!parsed.ok) throw new Error(id)
  return parsed.template
}

const dictionary = viDictionary()
const words = (checker: WordChecker, text: string) => checker.misspellings(text).map((m) => m.word)

describe('the word checker on dictionary-vi', () => {
  it('accepts both tone styles (the dictionary has the new one)', () => {
    const c = new WordChecker(dictionary)
    for (const w of ['hòa', 'hoà', 'thủy', 'thuỷ', 'khỏe', 'khoẻ', 'Tỉnh', 'ủy', 'uỷ']) {
      expect(c.isCorrect(w), w).toBe(true)
    }
    expect(words(c, 'Tỉnh ủy')).toEqual([])
    expect(words(c, 'Tỉnh uỷ')).toEqual([])
    expect(words(c, 'Ban Thường vụ Huyện ủy họp, hòa giải, sức khỏe, thủy lợi')).toEqual([])
  })

  it('flags misspelt syllables and the known two-syllable slips', () => {
    const c = new WordChecker(dictionary)
    expect(words(c, 'Hội nghi toàn huyện')).toEqual(['nghi'])
    expect(c.misspellings('Hội nghi')[0]).toMatchObject({ from: 4, to: 8, fix: 'nghị' })
    // "nghi" alone is a word ("nghi ngờ").
    expect(words(c, 'Không nghi ngờ gì')).toEqual([])
    expect(words(c, 'huyệnn Ba Chẽ, tỉnhh Quảng Ninh')).toEqual(['huyệnn', 'tỉnhh'])
    expect(words(c, 'meeting report')).toEqual(['meeting', 'report'])
  })

  it('checks capitalised words lower-cased too', () => {
    const c = new WordChecker(dictionary)
    expect(words(c, 'Hội Nghị Khỏe Hòa')).toEqual([])
    expect(words(c, 'Huyệnn')).toEqual(['Huyệnn'])
    // A word of the user dictionary, added in lower case, at the start of a sentence.
    expect(words(c, 'Zalo của huyện')).toEqual(['Zalo'])
    c.accept(['zalo'])
    expect(words(c, 'Zalo của huyện, nhóm zalo')).toEqual([])
  })

  it('leaves out numbers, dates, words with digits, abbreviations in capitals and addresses', () => {
    const c = new WordChecker(dictionary)
    const text =
      'UBND, HĐND, MTTQ và TP họp (BCH, KT-XH) ngày 19/9/2022 lúc 8h30, tăng 11,9% (32.976 tỷ), COVID19, https://xyz.qwe/abc, thư ab@xyzq.vn'
    expect(words(c, text)).toEqual([])
    expect(spellTokens(text).map((t) => t.word)).not.toContain('xyz')
    expect(spellTokens(text).map((t) => t.word)).toContain('thư')
  })

  it('accepts the names and titles it is given, and forgets them when they are replaced', () => {
    const c = new WordChecker(dictionary)
    expect(words(c, 'Đồng chí Ksor Y Bleng')).toEqual(['Ksor', 'Bleng'])
    c.accept(acceptedWords([[{ name: 'Ksor Y Bleng', titles: ['Phó Bí thư Huyện ủy'] }]]))
    expect(words(c, 'Đồng chí Ksor Y Bleng')).toEqual([])
    // A name is accepted as it is written: lower-cased, it is a slip.
    expect(words(c, 'ksor')).toEqual(['ksor'])
    c.replaceAccepted([])
    expect(words(c, 'Ksor')).toEqual(['Ksor'])
  })

  it('takes the names of a report’s name fields, not its prose', () => {
    const fields = {
      ...emptyFields(),
      title: 'Giao ban tuầnn',
      attendees: 'Dựu họp có',
      chair: { name: 'Ksor Bleng', titles: ['Chủ tịch UBND'], separator: 'comma' as const },
      bridgePoints: [{ id: 'b1', place: 'xã Ea Tiêu', chair: null, note: 'ghi chúu' }],
      byline: { prefix: 'Tin', author: 'Hmoan', unit: 'Trung tâm' },
    }
    const words = acceptedWords(nameFields(fields))
    expect(words).toEqual(expect.arrayContaining(['Ksor', 'Bleng', 'Ea', 'Tiêu', 'Hmoan']))
    for (const prose of ['tuầnn', 'Dựu', 'chúu']) expect(words).not.toContain(prose)
    // A chair's title is checked like prose: a slip typed there is not accepted everywhere.
    const slip = acceptedWords(
      nameFields({ ...fields, chair: { ...fields.chair, titles: ['Chủ tichh UBND'] } }),
    )
    expect(slip).not.toContain('tichh')
  })

  it('takes the names of the templates’ defaults, never their ids or skeletons', () => {
    const template = loadBuiltinTemplate('giao-ban-thuong-truc-huyen-uy')
    const words = acceptedWords(templateNames([{ template }]))
    for (const unaccented of ['giao', 'ban', 'thuong', 'truc', 'huyen', 'uy'])
      expect(words).not.toContain(unaccented)
    const withChair = {
      ...template,
      defaults: {
        ...template.defaults,
        chair: { name: 'Ksor Y Bleng', titles: [], separator: 'comma' as const },
      },
    }
    expect(acceptedWords(templateNames([{ template: withChair }]))).toEqual(
      expect.arrayContaining(['Ksor', 'Bleng']),
    )
  })

  it('asks for no suggestions for a run of letters no syllable is that long, which would hold the worker', () => {
    const asked: string[] = []
    const fake = { correct: () => false, suggest: (w: string) => (asked.push(w), ['x']) }
    expect(new WordChecker(fake, 'old').suggest('a'.repeat(200))).toEqual([])
    expect(new WordChecker(fake, 'old').suggest('huyệnn')).toEqual(['x'])
    expect(asked).toEqual(['huyệnn'])
  })

  it('suggests up to five corrections in the unit’s tone style, capitalised like the word', () => {
    const old = new WordChecker(dictionary, 'old')
    const s = old.suggest('huyệnn')
    expect(s[0]).toBe('huyện')
    expect(s.length).toBeLessThanOrEqual(5)
    expect(new WordChecker(dictionary, 'old').suggest('Hooà')).toContain('Hòa')
    expect(new WordChecker(dictionary, 'new').suggest('Hooà')).toContain('Hoà')
  })
})
