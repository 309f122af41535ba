import type { JobChild } from './childJob'

/** How long a started child waits unused before it is ended (its memory back to the system). */
const STANDBY_IDLE_MS = 60_000

interface Standby {
  child: JobChild
  alive: boolean
  timer: ReturnType<typeof setTimeout>
}

/**
 * Starts the next job's child while the officer is between jobs, so a job does not wait for a worker
 * to boot or a utility process to fork. Each job still gets a child of its own that ran nothing before.
 * The next child starts when a job's child is ended (not during the job, which would share its CPU),
 * so a port never used starts none; it is ended after `idleMs` unused, never handed out once it has
 * exited, and does not keep the process alive while it waits (`hold`).
 */
export function withStandby(start: () => JobChild, idleMs = STANDBY_IDLE_MS): () => JobChild {
  let ready: Standby | null = null

  function prepare(): void {
    if (ready) return
    let child: JobChild
    try {
      child = start()
    } catch {
      // The next job starts its own and reports why it could not.
      return
    }
    const standby: Standby = {
      child,
      alive: true,
      timer: setTimeout(() => {
        if (ready !== standby) return
        ready = null
        child.kill()
      }, idleMs),
    }
    standby.timer.unref?.()
    child.hold?.(false)
    child.onExit(() => {
      standby.alive = false
      if (ready !== standby) return
      ready = null
      clearTimeout(standby.timer)
    })
    ready = standby
  }

  return () => {
    const taken = ready
    ready = null
    let child: JobChild
    if (taken?.alive) {
      clearTimeout(taken.timer)
      taken.child.hold?.(true)
      child = taken.child
    } else {
      child = start()
    }
    return {
      ...child,
      kill: () => {
        child.kill()
        setTimeout(prepare, 0).unref?.()
      },
    }
  }
}
