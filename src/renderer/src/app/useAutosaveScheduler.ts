/** Timer functions, injectable so the debounce can be tested without a browser. */
export interface SchedulerTimers {
  set(run: () => void, ms: number): unknown
  clear(handle: unknown): void
  now(): number
}

const browserTimers: SchedulerTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
}

/** How long typing must pause before a backup is taken. */
const AUTOSAVE_DELAY_MS = 1000

/**
 * Debounces backups: each change restarts the wait, and only when typing has paused for `delayMs` is
 * the report serialised and sent. One backup runs at a time; changes made meanwhile lead to one more.
 * Kept free of React and the DOM so its timing is unit-tested.
 */
export class AutosaveScheduler {
  private timer: unknown = null
  private lastChange = 0
  private running: Promise<void> | null = null
  private pendingAgain = false
  private backup: () => Promise<void> = async () => undefined

  constructor(
    private readonly delayMs: number = AUTOSAVE_DELAY_MS,
    private readonly timers: SchedulerTimers = browserTimers,
  ) {}

  /**
   * A change was made: (re)start the wait; `backup` runs once typing has paused. Cheap enough to call
   * on every keystroke: no timer is cleared or set while one is already waiting.
   */
  schedule(backup: () => Promise<void>): void {
    this.backup = backup
    this.lastChange = this.timers.now()
    if (this.timer !== null) return
    this.timer = this.timers.set(() => this.fire(), this.delayMs)
  }

  /** Drops a waiting backup (after a save, or when another report is loaded). */
  cancel(): void {
    if (this.timer !== null) this.timers.clear(this.timer)
    this.timer = null
    this.pendingAgain = false
  }

  /** Resolves once no backup is being written. */
  async settled(): Promise<void> {
    while (this.running) await this.running
  }

  private fire(): void {
    this.timer = null
    // One timer per pause instead of one per keystroke: if typing went on, wait out the rest.
    const waited = this.timers.now() - this.lastChange
    if (waited < this.delayMs) {
      this.timer = this.timers.set(() => this.fire(), this.delayMs - waited)
      return
    }
    if (this.running) {
      this.pendingAgain = true
      return
    }
    this.running = this.backup()
      .catch(() => undefined)
      .finally(() => {
        this.running = null
        if (this.pendingAgain) {
          this.pendingAgain = false
          this.schedule(this.backup)
        }
      })
  }
}
