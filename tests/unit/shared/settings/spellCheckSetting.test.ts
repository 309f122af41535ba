import { describe, expect, it } from 'vitest'
import { settingsSchema } from '@shared/settings/settings'

describe('the spell-check setting', () => {
  it('is on for a settings file written before it existed', () => {
    const old = { version: 1, profile: { author: 'Minh Anh', unitId: 'tu' }, units: [] }
    expect(settingsSchema.parse(old).spellCheck).toBe(true)
  })

  it('keeps the officer’s "off" and refuses a value that is not yes or no', () => {
    expect(settingsSchema.parse({ version: 1, spellCheck: false }).spellCheck).toBe(false)
    expect(settingsSchema.safeParse({ version: 1, spellCheck: 'no' }).success).toBe(false)
  })
})
