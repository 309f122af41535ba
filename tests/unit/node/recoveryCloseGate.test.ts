import { describe, expect, it } from 'vitest'
import { RecoveryCloseGate } from '@node/recoveryCloseGate'

describe('RecoveryCloseGate', () => {
  it('asks a live renderer, closes after it says yes, keeps the window after Hủy', () => {
    const gate = new RecoveryCloseGate()
    gate.rendererReady()
    expect(gate.shouldAsk()).toBe(true)
    expect(gate.answer(false)).toBe(false)
    expect(gate.shouldAsk()).toBe(true)
    expect(gate.answer(true)).toBe(true)
    // The close that follows the answer goes through.
    expect(gate.shouldAsk()).toBe(false)
  })

  it('ignores an answer nobody asked for', () => {
    const gate = new RecoveryCloseGate()
    gate.rendererReady()
    expect(gate.answer(true)).toBe(false)
    expect(gate.shouldAsk()).toBe(true)
  })

  it('closes at once when the renderer cannot answer: never loaded, crashed or hanging', () => {
    expect(new RecoveryCloseGate().shouldAsk()).toBe(false)
    const crashed = new RecoveryCloseGate()
    crashed.rendererReady()
    crashed.rendererGone()
    expect(crashed.shouldAsk()).toBe(false)
    const hung = new RecoveryCloseGate()
    hung.rendererReady()
    hung.setResponsive(false)
    expect(hung.shouldAsk()).toBe(false)
    hung.setResponsive(true)
    expect(hung.shouldAsk()).toBe(true)
  })
})
