// Starts a TypeScript worker entry through tsx, for runs from source (vitest, the CLI without its
// bundle); built apps and the CLI bundle start their compiled entry directly. Plain JavaScript, since it
// is what makes TypeScript loadable in the worker. Both hooks, as the tsx command installs them: the
// sources compile to CommonJS (require) and load their exporters lazily (import()).
import { workerData } from 'node:worker_threads'
import { register as registerCjs } from 'tsx/cjs/api'
import { register as registerEsm } from 'tsx/esm/api'

const { tsEntry, tsconfig } = workerData
if (tsconfig) process.env.TSX_TSCONFIG_PATH = tsconfig
registerCjs()
registerEsm()
await import(tsEntry)
