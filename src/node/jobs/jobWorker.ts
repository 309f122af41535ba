// The worker's entry script: built as its own file (out/main/jobWorker.js for the app,
// node_modules/.soantin-cli/jobWorker.mjs for the CLI), run from source through tsx otherwise.
import { runJob } from './runJob'
import { serveJobs } from './serveJobs'

serveJobs(runJob)
