import { describe, expect, it } from 'vitest'
import { AutosaveScheduler, type SchedulerTimers } from '@renderer/app/useAutosaveScheduler'

/** A clock the test moves by hand, with the timers the scheduler sets. */
class FakeTimers implements SchedulerTimers {
  time = 0
  timersSet = 0
  private queue: Array<{ at: number; run: () => void; id: number }> = []
  private nextId = 1
  set(run: () => void, ms: number) {
    this.timersSet++
    const id = this.nextId++
    this.queue.push({ at: this.time + ms, run, id })
    return id
  }
  clear(handle: unknown) {
    this.queue = this.queue.filter((t) => t.id !== handle)
  }
  now() {
    return this.time
  }
  async advance(ms: number) {
    const end = this.time + ms
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at)
      const due = this.queue[0]
      if (!due || due.at > end) break
      this.queue.shift()
      this.time = due.at
      due.run()
      await Promise.resolve()
    }
    this.time = end
    for (let i = 0; i < 5; i++) await Promise.resolve()
  }
}

describe('AutosaveScheduler', () => {
  it('backs up once, about 1 s after typing stops, not on each keystroke', async () => {
    const timers = new FakeTimers()
    const scheduler = new AutosaveScheduler(1000, timers)
    let backups = 0
    const backup = async () => void backups++
    // 60 keystrokes, one every 120 ms (a quick typist), over 7 seconds.
    for (let i = 0; i < 60; i++) {
      scheduler.schedule(backup)
      await timers.advance(120)
    }
    expect(backups).toBe(0)
    // Not one timer per keystroke either: at most one per second of typing.
    expect(timers.timersSet).toBeLessThanOrEqual(10)
    await timers.advance(850)
    expect(backups).toBe(0)
    await timers.advance(100)
    expect(backups).toBe(1)
    await timers.advance(10_000)
    expect(backups).toBe(1)
  })

  it('a pause in the middle of typing gives a backup for each pause', async () => {
    const timers = new FakeTimers()
    const scheduler = new AutosaveScheduler(1000, timers)
    let backups = 0
    const backup = async () => void backups++
    scheduler.schedule(backup)
    await timers.advance(1500)
    scheduler.schedule(backup)
    await timers.advance(1500)
    expect(backups).toBe(2)
  })

  it('changes made while a backup is being written lead to exactly one more backup', async () => {
    const timers = new FakeTimers()
    const scheduler = new AutosaveScheduler(1000, timers)
    const finish: Array<() => void> = []
    let started = 0
    const backup = () => {
      started++
      return new Promise<void>((done) => finish.push(done))
    }
    scheduler.schedule(backup)
    await timers.advance(1000)
    expect(started).toBe(1)
    scheduler.schedule(backup)
    await timers.advance(1000)
    scheduler.schedule(backup)
    await timers.advance(1000)
    expect(started).toBe(1)
    finish.shift()?.()
    await scheduler.settled()
    await timers.advance(999)
    expect(started).toBe(1)
    await timers.advance(1)
    expect(started).toBe(2)
    finish.shift()?.()
    await scheduler.settled()
    await timers.advance(5000)
    expect(started).toBe(2)
  })

  it('cancel drops a waiting backup (the report was just saved)', async () => {
    const timers = new FakeTimers()
    const scheduler = new AutosaveScheduler(1000, timers)
    let backups = 0
    scheduler.schedule(async () => void backups++)
    await timers.advance(500)
    scheduler.cancel()
    await timers.advance(5000)
    expect(backups).toBe(0)
  })

  it('a failed backup does not stop later ones', async () => {
    const timers = new FakeTimers()
    const scheduler = new AutosaveScheduler(1000, timers)
    let calls = 0
    const backup = async () => {
      calls++
      if (calls === 1) throw new Error('ổ đầy')
    }
    scheduler.schedule(backup)
    await timers.advance(1000)
    scheduler.schedule(backup)
    await timers.advance(1000)
    expect(calls).toBe(2)
  })
})
