/**
 * Decides whether the window may close now or must first ask the renderer (which asks the officer
 * Lưu / Không lưu / Hủy and then answers). A renderer that crashed, hangs or never loaded cannot
 * answer, so the window closes at once and the backups stay for recovery at the next start.
 */
export class RecoveryCloseGate {
  private allowed = false
  private rendererAlive = false
  private responsive = true
  private asking = false

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

  /** Called from the window's `close` event: true means prevent the close and ask the renderer. */
  shouldAsk(): boolean {
    if (this.allowed || !this.rendererAlive || !this.responsive) return false
    this.asking = true
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
    if (proceed) this.allowed = true
    return proceed
  }
}
