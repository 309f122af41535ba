/** How long the renderer has to answer a close request before the window closes anyway. */
export const CLOSE_ANSWER_TIMEOUT_MS = 5000

/** Runs `run` after `ms` unless the returned cancel is called first. */
type StartTimer = (run: () => void, ms: number) => () => void

const startTimeout: StartTimer = (run, ms) => {
  const timer = setTimeout(run, ms)
  return () => clearTimeout(timer)
}

/**
 * Decides whether the window may close now or must first ask the renderer (which asks the officer
 * Lưu / Không lưu / Hủy and then answers). A renderer that crashed, hangs or never loaded cannot
 * answer, so the window closes at once and the backups stay for recovery at the next start. One that
 * loaded but never answers (a page stuck on an error) gets `CLOSE_ANSWER_TIMEOUT_MS`, then the window
 * closes the same way, backups kept.
 */
export class RecoveryCloseGate {
  private allowed = false
  private rendererAlive = false
  private responsive = true
  private asking = false
  private cancelTimeout: (() => void) | null = null

  constructor(private readonly startTimer: StartTimer = startTimeout) {}

  /** The page loaded and can answer a close request. */
  rendererReady(): void {
    this.rendererAlive = true
    this.responsive = true
  }

  /** The page crashed or was killed. */
  rendererGone(): void {
    this.rendererAlive = false
  }

  setResponsive(responsive: boolean): void {
    this.responsive = responsive
  }

  /**
   * Called from the window's `close` event: true means prevent the close and ask the renderer. If no
   * answer comes in time, the next close goes through and `closeAnyway` is called to make it.
   */
  shouldAsk(closeAnyway: () => void = () => undefined): boolean {
    if (this.allowed || !this.rendererAlive || !this.responsive) return false
    this.asking = true
    this.cancelTimeout ??= this.startTimer(() => {
      this.cancelTimeout = null
      this.asking = false
      this.allowed = true
      closeAnyway()
    }, CLOSE_ANSWER_TIMEOUT_MS)
    return true
  }

  /** Whether a close request is waiting for the renderer's answer. */
  get isAsking(): boolean {
    return this.asking
  }

  /** The renderer answered. Returns true when the window should now close. */
  answer(proceed: boolean): boolean {
    if (!this.asking) return false
    this.asking = false
    this.cancelTimeout?.()
    this.cancelTimeout = null
    if (proceed) this.allowed = true
    return proceed
  }
}
