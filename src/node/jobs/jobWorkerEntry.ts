/**
 * The worker's entry script as this build has it. From source (vitest, the CLI through tsx) that is the
 * TypeScript file, started through tsx; scripts/build-cli.mjs replaces this module in the CLI bundle so
 * it names the bundled jobWorker.mjs beside it, and the app passes out/main/jobWorker.js itself.
 */
export const JOB_WORKER_ENTRY: URL = new URL('./jobWorker.ts', import.meta.url)
