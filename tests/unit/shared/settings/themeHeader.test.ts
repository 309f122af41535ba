import { describe, expect, it } from 'vitest'
import { defaultSettings } from '@shared/settings/settings'
import { resolveThemeHeader, themeTextFor, themeYearMismatch } from '@shared/settings/themeHeader'
import { buildSeedReport, loadSeedTemplate } from '../../../../scripts/make-seed-example'

const settings = defaultSettings()
settings.units = [
  {
    ...settings.units[0]!,
    themes: [
      { year: 2022, text: 'Chủ đề công tác năm 2022: "Đoàn kết, kỷ cương"' },
      { year: 2023, text: 'Chủ đề công tác năm 2023: "Hành động, hiệu quả"' },
    ],
  },
]
const seed = buildSeedReport(loadSeedTemplate())

describe('annual theme header', () => {
  it('is the theme settings keep for the meeting year of the officer’s unit', () => {
    expect(themeTextFor(settings, '2023-05-02')).toBe('Chủ đề công tác năm 2023: "Hành động, hiệu quả"')
    expect(themeTextFor(settings, '2021-05-02')).toBe('')
    expect(themeTextFor(settings, null)).toBe('')
  })

  it('follows the meeting date unless the report overrides it', () => {
    const fromSettings = { ...seed.fields, themeHeader: { text: '', overridden: false } }
    expect(resolveThemeHeader(fromSettings, settings)).toEqual({
      text: 'Chủ đề công tác năm 2022: "Đoàn kết, kỷ cương"',
      overridden: false,
    })
    expect(resolveThemeHeader(seed.fields, settings)).toBe(seed.fields.themeHeader)
  })

  it('flags a header that names another year than the meeting (the seed keeps 2020’s on a 2022 report)', () => {
    expect(themeYearMismatch(seed.fields)).toBe(true)
    const current = {
      ...seed.fields,
      themeHeader: { text: settings.units[0]!.themes[0]!.text, overridden: false },
    }
    expect(themeYearMismatch(current)).toBe(false)
    expect(themeYearMismatch({ ...current, themeHeader: { text: 'Không ghi năm', overridden: true } })).toBe(
      false,
    )
  })
})
