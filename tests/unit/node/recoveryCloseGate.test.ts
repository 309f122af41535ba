import { describe, expect, it } from 'vitest'
import { CLOSE_ANSWER_TIMEOUT_MS, RecoveryCloseGate } from '@node/recoveryCloseGate'

/** A timer the test fires by hand: what was started, with which delay, and whether it was cancelled. */
function handTimer() {
  const started: Array<{ run: () => void; ms: number; cancelled: boolean }> = []
  const start = (run: () => void, ms: number) => {
    const entry = { run, ms, cancelled: false }
    started.push(entry)
    return () => (entry.cancelled = true)
  }
  return { start, started }
}

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

  it('closes anyway when the renderer never answers, and lets that close through', () => {
    const timer = handTimer()
    const gate = new RecoveryCloseGate(timer.start)
    gate.rendererReady()
    let closedAnyway = 0
    expect(gate.shouldAsk(() => closedAnyway++)).toBe(true)
    // A second click on the close button while waiting does not start a second clock.
    expect(gate.shouldAsk(() => closedAnyway++)).toBe(true)
    expect(timer.started).toHaveLength(1)
    expect(timer.started[0]!.ms).toBe(CLOSE_ANSWER_TIMEOUT_MS)
    expect(CLOSE_ANSWER_TIMEOUT_MS).toBeLessThanOrEqual(10_000)
    timer.started[0]!.run()
    expect(closedAnyway).toBe(1)
    expect(gate.isAsking).toBe(false)
    expect(gate.shouldAsk()).toBe(false)
    // An answer that comes too late changes nothing.
    expect(gate.answer(false)).toBe(false)
  })

  it('stops the clock when the renderer answers', () => {
    const timer = handTimer()
    const gate = new RecoveryCloseGate(timer.start)
    gate.rendererReady()
    gate.shouldAsk()
    expect(gate.answer(false)).toBe(false)
    expect(timer.started[0]!.cancelled).toBe(true)
    gate.shouldAsk()
    expect(timer.started).toHaveLength(2)
    expect(gate.answer(true)).toBe(true)
    expect(timer.started[1]!.cancelled).toBe(true)
  })
})
