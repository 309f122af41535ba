import type { Report } from '../../model/report'
import { buildDocxSteps, type BuiltDocx, type DocxBuildOptions } from './buildDocxDocument'

/** How long the build runs before it lets the event loop turn (a frame or two of a busy UI). */
const BUILD_SLICE_MS = 25

interface BuildSlicing {
  /** Lets the caller's event loop turn; a zero-delay timer by default. */
  pause?: () => Promise<void>
  /** Build time between pauses, in milliseconds; 0 pauses after every top-level block. */
  sliceMs?: number
}

/**
 * `buildDocxDocument` that pauses between top-level blocks every `sliceMs`, so the process running it
 * (Electron's main process) keeps answering and progress events go out while the export runs, not all
 * at once at the end. The result is the same document.
 */
export async function buildDocxDocumentAsync(
  report: Report,
  options: DocxBuildOptions = {},
  {
    pause = () => new Promise((resolve) => setTimeout(resolve, 0)),
    sliceMs = BUILD_SLICE_MS,
  }: BuildSlicing = {},
): Promise<BuiltDocx> {
  const steps = buildDocxSteps(report, options)
  let sliceStart = Date.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (Date.now() - sliceStart >= sliceMs) {
      await pause()
      sliceStart = Date.now()
    }
  }
}
