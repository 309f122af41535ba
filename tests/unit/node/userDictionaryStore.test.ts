import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '@main/handlers/createHandlers'
import { dispatchIpc } from '@main/ipc/dispatch'
import { UserDictionaryStore } from '@node/userDictionaryStore'
import { USER_DICTIONARY_LIMITS } from '@shared/spell/userDictionary'

const NOW = new Date('2022-09-19T09:15:00Z')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soantin-userdict-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const handlers = () =>
  createHandlers({
    appInfo: { name: 'Soạn Tin', version: 't', platform: 'linux', locale: 'vi' },
    userDataDir: dir,
    now: () => NOW,
  } as Parameters<typeof createHandlers>[0])

describe('the user dictionary ("Thêm vào từ điển")', () => {
  it('keeps added words in the user data folder, once each, in Vietnamese order', async () => {
    const h = handlers()
    expect(await h.addUserWords({ words: ['Bleng', 'Ksor'] })).toEqual({ ok: true, words: ['Bleng', 'Ksor'] })
    expect(await h.addUserWords({ words: ['Ksor', 'Êban'] })).toEqual({
      ok: true,
      words: ['Bleng', 'Êban', 'Ksor'],
    })
    const file = JSON.parse(readFileSync(join(dir, 'user-dictionary.json'), 'utf8')) as unknown
    expect(file).toEqual({ version: 1, words: ['Bleng', 'Êban', 'Ksor'] })
    expect(await handlers().listUserWords()).toEqual({
      ok: true,
      words: ['Bleng', 'Êban', 'Ksor'],
      warning: null,
    })
  })

  it('refuses a payload that is not words (digits, spaces, too long) before any handler runs', async () => {
    for (const words of [['abc1'], ['hai từ'], ['a'.repeat(41)], []]) {
      const answer = (await dispatchIpc(handlers(), 'spell:add-words', { words })) as { ok: boolean }
      expect(answer.ok, JSON.stringify(words)).toBe(false)
    }
    expect(readdirSync(dir)).not.toContain('user-dictionary.json')
  })

  it('sets a damaged file aside with a Vietnamese message and starts afresh', async () => {
    writeFileSync(join(dir, 'user-dictionary.json'), '{"version": 1, "words": [5]}')
    const listed = await handlers().listUserWords()
    expect(listed.words).toEqual([])
    const aside = join(dir, `user-dictionary.json.hong-${NOW.getTime()}`)
    expect(listed.warning).toBe(`Từ điển riêng bị hỏng nên được lập lại; bản cũ được giữ ở "${aside}".`)
    expect(readFileSync(aside, 'utf8')).toBe('{"version": 1, "words": [5]}')
  })

  it('stops at its bound with a Vietnamese message, keeping what it had', async () => {
    const store = new UserDictionaryStore(dir)
    // Distinct letter-only words: i written in base 26 with a–z.
    const wordOf = (i: number) =>
      't' +
      [...i.toString(26).padStart(3, '0')].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')
    const many = Array.from({ length: USER_DICTIONARY_LIMITS.maxWords }, (_, i) => wordOf(i))
    expect((await store.add(many)).length).toBe(USER_DICTIONARY_LIMITS.maxWords)
    const h = createHandlers({
      appInfo: { name: 'Soạn Tin', version: 't', platform: 'linux', locale: 'vi' },
      userDataDir: dir,
      userDictionary: store,
    } as Parameters<typeof createHandlers>[0])
    const answer = await h.addUserWords({ words: ['mới'] })
    expect(answer).toMatchObject({
      ok: false,
      message: 'Không thêm được vào từ điển riêng: Từ điển riêng đã có đủ 5.000 từ, không thêm được nữa.',
    })
    expect((await store.list()).words.length).toBe(USER_DICTIONARY_LIMITS.maxWords)
  })
})
