import { describe, expect, it } from 'vitest'
import { parseSettingsText } from '@shared/settings/parseSettings'

describe('settings files from earlier versions', () => {
  it('still load with the unused `language` field, which is dropped, not kept or refused', () => {
    const text = JSON.stringify({
      version: 1,
      profile: { author: 'Trần Văn Chín', unitId: 'ttvh' },
      units: [{ id: 'ttvh', name: 'Trung tâm TT-VH huyện Ba Chẽ', themes: [] }],
      language: 'en',
    })
    const parsed = parseSettingsText(text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.settings.profile.author).toBe('Trần Văn Chín')
    expect(Object.keys(parsed.settings)).not.toContain('language')
  })
})
