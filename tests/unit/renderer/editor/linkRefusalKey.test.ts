import { describe, expect, it } from 'vitest'
import { LINK_REFUSAL_KEYS } from '@renderer/editor/linkRefusalKey'
import { en } from '@renderer/i18n/en'
import { vi } from '@renderer/i18n/vi'
import { judgeLink } from '@shared/links/linkPolicy'

describe('why the link dialog refused an address', () => {
  it('has a message in Vietnamese and in English for every refusal of the link policy', () => {
    for (const [refusal, key] of Object.entries(LINK_REFUSAL_KEYS)) {
      const name = key.replace(/^toolbar\./, '') as keyof typeof vi.toolbar
      expect(vi.toolbar[name], refusal).toMatch(/\S/)
      expect(en.toolbar[name], refusal).toMatch(/\S/)
    }
  })

  it('tells a credential apart from a bad scheme or a bare domain', () => {
    const keyFor = (raw: string) => {
      const { refusal } = judgeLink(raw)
      return refusal && LINK_REFUSAL_KEYS[refusal]
    }
    expect(keyFor('https://user:pass@quangninh.gov.vn/')).toBe('toolbar.linkCredentials')
    expect(keyFor('javascript:alert(1)')).toBe('toolbar.linkInvalid')
    expect(keyFor('quangninh.gov.vn')).toBe('toolbar.linkNotAbsolute')
    expect(vi.toolbar.linkTooLong).toContain('{{max}}')
  })
})
