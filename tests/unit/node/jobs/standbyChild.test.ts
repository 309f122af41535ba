import { describe, expect, it } from 'vitest'
import type { JobChild } from '@node/jobs/childJob'
import { withStandby } from '@node/jobs/standbyChild'
import { workerJobPort } from '@node/jobs/workerJobPort'
import { SEED } from './jobTestKit'

/** A child that records what is done to it; `exit()` plays its death. */
class FakeChild implements JobChild {
  killed = false
  holds: boolean[] = []
  private exits: Array<(code: number | null) => void> = []
  constructor(readonly n: number) {}
  send(): void {}
  onMessage(): void {}
  onExit(listener: (code: number | null) => void): void {
    this.exits.push(listener)
  }
  kill(): void {
    this.killed = true
  }
  hold(held: boolean): void {
    this.holds.push(held)
  }
  exit(): void {
    for (const listener of this.exits) listener(1)
  }
}

function factory() {
  const started: FakeChild[] = []
  return {
    started,
    start: () => {
      const child = new FakeChild(started.length + 1)
      started.push(child)
      return child
    },
  }
}

const tick = () => new Promise((ok) => setTimeout(ok, 5))

describe('a child started before the next job', () => {
  it('starts the next child when a job’s child ends, and hands it to the next job', async () => {
    const { started, start } = factory()
    const next = withStandby(start)
    const first = next()
    expect(started).toHaveLength(1)
    // Nothing starts beside a running job.
    await tick()
    expect(started).toHaveLength(1)
    first.kill()
    expect(started[0]?.killed).toBe(true)
    await tick()
    expect(started).toHaveLength(2)
    // Waiting, it does not keep the process alive; handed out, it does.
    expect(started[1]?.holds).toEqual([false])
    const second = next()
    expect(started).toHaveLength(2)
    expect(started[1]?.holds).toEqual([false, true])
    second.kill()
    expect(started[1]?.killed).toBe(true)
  })

  it('never hands out a waiting child that has died, and starts a fresh one instead', async () => {
    const { started, start } = factory()
    const next = withStandby(start)
    next().kill()
    await tick()
    started[1]?.exit()
    next()
    expect(started).toHaveLength(3)
    expect(started[1]?.killed).toBe(false)
  })

  it('ends a waiting child nobody asked for', async () => {
    const { started, start } = factory()
    const next = withStandby(start, 20)
    next().kill()
    await tick()
    expect(started[1]?.killed).toBe(false)
    await new Promise((ok) => setTimeout(ok, 60))
    expect(started[1]?.killed).toBe(true)
    next()
    expect(started).toHaveLength(3)
  })

  it('runs job after job through real workers started ahead', async () => {
    const port = workerJobPort({ standby: true })
    for (let i = 0; i < 3; i++) {
      const read = await port.run({ kind: 'readDraft', path: SEED })
      expect(read.ok && read.report.fields.chair?.name).toBe('Nguyễn Xuân Ký')
    }
  })
})
