import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { en } from '@renderer/i18n/en'
import { vi } from '@renderer/i18n/vi'
import type { StatusMessage } from '@renderer/status/statusMessage'
import { statusParts, statusText } from '@renderer/status/statusText'

const i18n = i18next.createInstance()

beforeAll(async () => {
  await i18n.init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: 'vi',
    interpolation: { escapeValue: false },
  })
})

describe('statusText: a status line translated when shown', () => {
  it('tells the officer’s own names from the interface’s words, to mark them as Vietnamese', async () => {
    await i18n.changeLanguage('en')
    const created: StatusMessage = {
      kind: 'info',
      key: 'templates.created',
      params: { name: 'Giao ban Thường trực Tỉnh ủy' },
    }
    const parts = statusParts(i18n.t, created)
    expect(parts.filter((part) => part.own)).toEqual([{ text: 'Giao ban Thường trực Tỉnh ủy', own: true }])
    expect(parts.map((part) => part.text).join('')).toBe(
      i18n.t('templates.created', { name: 'Giao ban Thường trực Tỉnh ủy' }),
    )
    // Counts are the interface's: not marked.
    const repaired: StatusMessage = { kind: 'info', key: 'status.repaired', params: { name: 'a', count: 2 } }
    expect(statusParts(i18n.t, repaired).filter((part) => part.own)).toEqual([{ text: 'a', own: true }])
  })

  it('translates a key in the language of the moment, and again after a switch', async () => {
    const saved: StatusMessage = { kind: 'info', key: 'status.saved', params: { name: 'Giao ban.soantin' } }
    await i18n.changeLanguage('vi')
    expect(statusText(i18n.t, saved)).toBe('Đã lưu Giao ban.soantin')
    await i18n.changeLanguage('en')
    expect(statusText(i18n.t, saved)).toBe('Saved Giao ban.soantin')
  })

  it('names plurals by their base key, translates nested keys and a following sentence', async () => {
    await i18n.changeLanguage('en')
    const restored: StatusMessage = {
      kind: 'info',
      key: 'recovery.restored',
      params: { title: { key: 'app.untitled' } },
    }
    expect(statusText(i18n.t, restored)).toContain('Untitled')
    const repaired: StatusMessage = { kind: 'info', key: 'status.repaired', params: { name: 'a', count: 2 } }
    expect(statusText(i18n.t, repaired)).toBe(i18n.t('status.repaired_other', { name: 'a', count: 2 }))
    const next: StatusMessage = {
      kind: 'info',
      key: 'templates.nextNoDate',
      then: { key: 'templates.nextNoTemplate' },
    }
    expect(statusText(i18n.t, next)).toBe(`${en.templates.nextNoDate} ${en.templates.nextNoTemplate}`)
  })

  it('shows a finished text from main as it came', () => {
    expect(statusText(i18n.t, { kind: 'error', text: 'Không ghi được tệp.' })).toBe('Không ghi được tệp.')
  })

  it('shows a message main sent in both languages in the interface’s, whichever it was shown in first', () => {
    const said = { vi: 'Không ghi được tệp.', en: 'The file was not written.' }
    const shown: StatusMessage = { kind: 'error', text: said.en, said }
    expect(statusText(i18n.t, shown, 'vi')).toBe(said.vi)
    expect(statusText(i18n.t, shown, 'en')).toBe(said.en)
  })

  it('accepts only keys of the messages', () => {
    // @ts-expect-error a misspelt key is a type error, not a raw key on screen
    const wrong: StatusMessage = { kind: 'info', key: 'status.savd' }
    // @ts-expect-error a section is not a string
    const section: StatusMessage = { kind: 'info', key: 'status' }
    expect([wrong, section]).toHaveLength(2)
  })
})
