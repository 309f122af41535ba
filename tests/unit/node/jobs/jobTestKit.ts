import { join } from 'node:path'

export const ROOT = join(__dirname, '../../../..')
export const RUNAWAY_ENTRY = join(ROOT, 'tests/fixtures/jobs/runawayWorker.ts')
/** Paths that make tests/fixtures/jobs/runawayWorker.ts misbehave instead of reading a draft. */
export const RUNAWAY = {
  loop: 'runaway:loop',
  allocate: 'runaway:allocate',
  exit: 'runaway:exit',
  throw: 'runaway:throw',
}

export const SEED = join(ROOT, 'examples/giao-ban-thuong-truc-tinh-uy.soantin')

/**
 * Watches the event loop of this thread: a 10 ms interval's largest delay since `start()`. A job
 * running on this thread would stop it for the job's whole length.
 */
export function loopWatch() {
  let last = 0
  let worst = 0
  let ticks = 0
  let timer: NodeJS.Timeout | undefined
  return {
    start() {
      last = performance.now()
      timer = setInterval(() => {
        const now = performance.now()
        worst = Math.max(worst, now - last)
        last = now
        ticks++
      }, 10)
    },
    stop() {
      clearInterval(timer)
      return { worstGapMs: Math.round(worst), ticks }
    },
  }
}
