import { describe, expect, it } from 'vitest'
import { nextZoom, ZOOM_STEPS, zoomChangeOf } from '@renderer/app/zoomKeys'

const key = (key: string, code: string, mods: { ctrlKey?: boolean; altKey?: boolean } = {}) => ({
  key,
  code,
  ctrlKey: mods.ctrlKey ?? true,
  metaKey: false,
  altKey: mods.altKey ?? false,
})

describe('editor page zoom', () => {
  it('steps through 50–200 % and stops at the ends', () => {
    expect(nextZoom(100, 'in')).toBe(110)
    expect(nextZoom(100, 'out')).toBe(90)
    expect(nextZoom(175, 'reset')).toBe(100)
    expect(nextZoom(200, 'in')).toBe(200)
    expect(nextZoom(50, 'out')).toBe(50)
    expect(nextZoom(105, 'in')).toBe(110)
    expect(nextZoom(105, 'out')).toBe(100)
    expect([ZOOM_STEPS[0], ZOOM_STEPS[ZOOM_STEPS.length - 1]]).toEqual([50, 200])
  })

  it('reads Ctrl+=, Ctrl++, Ctrl+-, Ctrl+0 and the number pad, and nothing without Ctrl or with Alt', () => {
    expect(zoomChangeOf(key('=', 'Equal'))).toBe('in')
    expect(zoomChangeOf(key('+', 'Equal'))).toBe('in')
    expect(zoomChangeOf(key('+', 'NumpadAdd'))).toBe('in')
    expect(zoomChangeOf(key('-', 'Minus'))).toBe('out')
    expect(zoomChangeOf(key('-', 'NumpadSubtract'))).toBe('out')
    expect(zoomChangeOf(key('0', 'Digit0'))).toBe('reset')
    expect(zoomChangeOf(key('0', 'Numpad0'))).toBe('reset')
    expect(zoomChangeOf(key('=', 'Equal', { ctrlKey: false }))).toBeNull()
    expect(zoomChangeOf(key('0', 'Digit0', { altKey: true }))).toBeNull()
    expect(zoomChangeOf(key('s', 'KeyS'))).toBeNull()
  })
})
