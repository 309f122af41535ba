import { discardLiveTempsSync } from '@node/atomicWrite'

// The exit code a shell gives a process ended by each signal (128 + its number).
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const

/**
 * From now on, Ctrl+C (or a terminal closed, or a kill) removes the temp files this run is writing
 * before the process ends, so an export stopped half-way leaves nothing hidden in its folder. The
 * files being replaced stay as they were. Returns a function that removes the handlers again.
 */
export function removeTempsOnInterrupt(): () => void {
  const installed = Object.entries(SIGNALS).map(([signal, code]) => {
    const onSignal = () => {
      discardLiveTempsSync()
      process.exit(code)
    }
    process.once(signal, onSignal)
    return () => process.off(signal, onSignal)
  })
  return () => installed.forEach((remove) => remove())
}
