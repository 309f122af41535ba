#!/usr/bin/env node
// Builds the CLI ahead of time, so `npx soantin` starts in plain Node instead of transpiling TypeScript
// through tsx on every run. Run by the `prepare` script at `npm install` / `npm ci`, and by `npm run build:cli`.
//
// The bundle goes to node_modules/.soantin-cli/: never committed, never linted or formatted, never packed
// into the app (electron-builder.yml drops node_modules/**), untouched by `npm run build`, and rebuilt
// whenever node_modules is. Libraries stay external and load from node_modules, as under tsx.
// bin/soantin.mjs imports the bundle when it is there and newer than every source in it, else runs tsx.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const CLI_OUT_DIR = join(ROOT, 'node_modules/.soantin-cli')
const ENTRY = join(ROOT, 'src/cli/main.ts')
// Drafts are read and exported in worker threads; their entry is a file of its own beside the bundle.
const JOB_WORKER = join(ROOT, 'src/node/jobs/jobWorker.ts')
// Names the worker's entry for sources (the .ts file); in the bundle it must name the bundled one instead.
const JOB_WORKER_ENTRY = join(ROOT, 'src/node/jobs/jobWorkerEntry.ts')

/**
 * Sources find files beside them with `import.meta.url` (templates/, package.json). Bundled, every module
 * would share the bundle's URL; this gives each module back its own source file's URL, worked out from the
 * bundle's location at run time, so the paths stay right wherever the project folder is.
 */
const sourceUrls = (outDir) => ({
  name: 'source-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
      if (args.path.split(sep).includes('node_modules')) return undefined
      if (args.path === JOB_WORKER_ENTRY) {
        const contents = "export const JOB_WORKER_ENTRY = new URL('./jobWorker.mjs', import.meta.url)\n"
        return { contents, loader: 'ts' }
      }
      const text = readFileSync(args.path, 'utf8')
      if (!text.includes('import.meta.url')) return undefined
      const fromBundle = relative(outDir, args.path).split(sep).join('/')
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`
      return {
        contents: text.replaceAll('import.meta.url', `(${url})`),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      }
    })
  },
})

export async function buildCli({ outDir = CLI_OUT_DIR } = {}) {
  const started = Date.now()
  const { build } = await import('esbuild')
  // Built beside, then swapped in, so a CLI started meanwhile never sees half a bundle.
  const staging = `${outDir}.${process.pid}.tmp`
  rmSync(staging, { recursive: true, force: true })
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { soantin: ENTRY, jobWorker: JOB_WORKER },
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    plugins: [sourceUrls(outDir)],
    charset: 'utf8',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    logLevel: 'warning',
  })
  // What bin/soantin.mjs checks before trusting the bundle: every project file in it, with the build time.
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input, at, all) => !input.split('/').includes('node_modules') && all.indexOf(input) === at)
    .sort()
  mkdirSync(staging, { recursive: true })
  writeFileSync(join(staging, 'manifest.json'), `${JSON.stringify({ builtAt: started, inputs }, null, 2)}\n`)
  rmSync(outDir, { recursive: true, force: true })
  renameSync(staging, outDir)
  return { outDir, inputs }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --out-dir: build elsewhere (the tests do, to try the bin on a bundle of their own).
  const at = process.argv.indexOf('--out-dir')
  try {
    const { outDir, inputs } = await buildCli(at > 0 ? { outDir: resolve(process.argv[at + 1]) } : {})
    console.log(
      `soantin CLI built: ${relative(ROOT, join(outDir, 'soantin.mjs'))} (${inputs.length} sources)`,
    )
  } catch (error) {
    // Never fail an install over it (`npm ci --omit=dev` has no esbuild): bin/soantin.mjs then runs tsx.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error
    console.warn(
      `soantin CLI not prebuilt (${error.message.split('\n')[0]}); \`soantin\` will run through tsx.`,
    )
  }
}
