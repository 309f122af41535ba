import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')
// js-yaml comes with electron-builder and eslint; it ships no types, and load() is all we need.
const yaml = createRequire(join(ROOT, 'package.json'))('js-yaml') as { load(text: string): unknown }

const WORKFLOW_TEXT = readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The packages `.ci/run` installs: the words after `apt-get install` that are not options. */
export function aptPackagesOf(script: string): string[] {
  const joined = script.replace(/\\\n/g, ' ')
  const line = joined.split('\n').find((l) => /\bapt-get\s+install\b/.test(l))
  if (!line) return []
  const after = line
    .slice(line.search(/\bapt-get\s+install\b/))
    .split(/\s+/)
    .slice(2)
  const words: string[] = []
  for (const word of after) {
    if (/^(>|\|\||&&|;|2>|\))/.test(word) || word.startsWith('>')) break
    if (!word.startsWith('-') && word !== '') words.push(word)
  }
  return words.sort()
}

/** Each matrix combination's values (just `include` entries, which is all ci.yml uses), or one empty. */
function matrixCombos(job: Obj): Obj[] {
  const strategy = job.strategy
  const include = isObj(strategy) && isObj(strategy.matrix) ? strategy.matrix.include : undefined
  return Array.isArray(include) && include.length > 0 ? include.filter(isObj) : [{}]
}

function expand(text: string, combo: Obj): string {
  return text.replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_m, key: string) => String(combo[key] ?? ''))
}

export interface WorkflowExpectations {
  /** The apt packages `.ci/run` installs. */
  aptPackages: string[]
  /** electron-builder.yml's `directories.output`. */
  distDir: string
}

/** Every way `workflow` (parsed ci.yml) falls short; empty when it is fine. */
export function validateWorkflow(workflow: unknown, expected: WorkflowExpectations): string[] {
  const problems: string[] = []
  if (!isObj(workflow)) return ['the workflow is not a YAML mapping']
  const on = workflow.on
  const triggers = isObj(on)
    ? Object.keys(on)
    : Array.isArray(on)
      ? on.map(String)
      : typeof on === 'string'
        ? [on]
        : []
  for (const trigger of ['push', 'pull_request']) {
    if (!triggers.includes(trigger)) problems.push(`on: has no ${trigger} trigger`)
  }
  if (!isObj(workflow.jobs) || Object.keys(workflow.jobs).length === 0) return [...problems, 'no jobs']

  const runsOn = (job: Obj): string[] =>
    matrixCombos(job).map((combo) => expand(String(job['runs-on'] ?? ''), combo))
  const stepsOf = (job: Obj): Obj[] => (Array.isArray(job.steps) ? job.steps.filter(isObj) : [])
  const runs = (job: Obj): string[] => stepsOf(job).flatMap((s) => (typeof s.run === 'string' ? [s.run] : []))

  for (const [name, job] of Object.entries(workflow.jobs)) {
    if (!isObj(job)) {
      problems.push(`job ${name} is not a mapping`)
      continue
    }
    if (typeof job['runs-on'] !== 'string' || job['runs-on'] === '')
      problems.push(`job ${name} has no runs-on`)
    if (!Array.isArray(job.steps) || job.steps.length === 0) problems.push(`job ${name} has no steps`)
    stepsOf(job).forEach((step, i) => {
      const label = `job ${name} step ${i + 1}${typeof step.name === 'string' ? ` (${step.name})` : ''}`
      const kinds = ['uses', 'run'].filter((k) => k in step)
      if (kinds.length !== 1)
        problems.push(`${label} has ${kinds.length === 0 ? 'neither' : 'both'} uses and run`)
      if ('uses' in step) {
        const uses = String(step.uses)
        if (!/^[\w.-]+\/[\w.-]+@v\d+$/.test(uses))
          problems.push(`${label}: ${uses} is not pinned to a major version`)
        if (
          uses.startsWith('actions/setup-node@') &&
          String(isObj(step.with) ? step.with['node-version'] : '') !== '20'
        ) {
          problems.push(`${label}: setup-node without node-version 20`)
        }
      }
    })
    if (
      Array.isArray(job.steps) &&
      !stepsOf(job).some((s) => String(s.uses).startsWith('actions/checkout@'))
    ) {
      problems.push(`job ${name} does not check out the repository`)
    }
  }
  const jobs = Object.entries(workflow.jobs).filter((e): e is [string, Obj] => isObj(e[1]))

  // The Linux test job: .ci/run's packages, then `npm test` under Xvfb with the Electron binary downloaded.
  const linuxTests = jobs.filter(
    ([, job]) =>
      runsOn(job).some((os) => os.startsWith('ubuntu')) && runs(job).some((r) => /\bnpm test\b/.test(r)),
  )
  if (linuxTests.length === 0) problems.push('no ubuntu job runs npm test')
  for (const [name, job] of linuxTests) {
    const apt =
      runs(job)
        .map(aptPackagesOf)
        .find((p) => p.length > 0) ?? []
    if (JSON.stringify(apt) !== JSON.stringify(expected.aptPackages)) {
      problems.push(
        `job ${name} installs [${apt.join(' ')}], .ci/run installs [${expected.aptPackages.join(' ')}]`,
      )
    }
    const all = runs(job)
    const test = all.findIndex((r) => /\bnpm test\b/.test(r))
    if (!/\bxvfb-run\s+(-\S+\s+)*npm test\b/.test(all[test] ?? ''))
      problems.push(`job ${name} runs npm test without xvfb-run`)
    const download = all.findIndex((r) =>
      /electron[/\\]install\.js|\bnpx electron\b|\binstall-electron\b/.test(r),
    )
    if (download < 0 || download > test)
      problems.push(`job ${name} does not download the Electron binary before npm test`)
  }
  if (
    !jobs.some(
      ([, job]) =>
        runsOn(job).some((os) => os.startsWith('windows')) &&
        runs(job).some((r) => /vitest run --project unit/.test(r)),
    )
  ) {
    problems.push('no windows job runs the unit tests')
  }

  // The dist job(s): electron-builder on both OSes, uploading the three installer kinds from distDir.
  const dist = jobs.filter(([, job]) => runs(job).some((r) => /electron-builder|npm run dist/.test(r)))
  if (dist.length === 0) problems.push('no job runs electron-builder (npm run dist)')
  const distOs = dist.flatMap(([, job]) => runsOn(job))
  for (const os of ['ubuntu', 'windows']) {
    if (!distOs.some((o) => o.startsWith(os))) problems.push(`no dist job on ${os}`)
  }
  const uploaded = dist.flatMap(([, job]) =>
    matrixCombos(job).flatMap((combo) =>
      stepsOf(job)
        .filter((s) => String(s.uses).startsWith('actions/upload-artifact@'))
        .flatMap((s) => expand(String(isObj(s.with) ? (s.with.path ?? '') : ''), combo).split('\n'))
        .map((p) => p.trim().replace(/\\/g, '/'))
        .filter((p) => p !== ''),
    ),
  )
  for (const kind of ['exe', 'AppImage', 'deb']) {
    if (!uploaded.includes(`${expected.distDir}/*.${kind}`))
      problems.push(`the dist job does not upload ${expected.distDir}/*.${kind}`)
  }
  return problems
}

const builderConfig = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  directories?: { output?: string }
}
const EXPECTED: WorkflowExpectations = {
  aptPackages: aptPackagesOf(readFileSync(join(ROOT, '.ci/run'), 'utf8')),
  distDir: builderConfig.directories?.output ?? 'dist',
}

describe('.github/workflows/ci.yml', () => {
  it('reads the apt packages from .ci/run', () => {
    expect(EXPECTED.aptPackages).toContain('chromium')
    expect(EXPECTED.aptPackages).toContain('xvfb')
    expect(EXPECTED.aptPackages.some((p) => p.startsWith('-'))).toBe(false)
    expect(EXPECTED.distDir).toBe('dist')
  })

  it('has triggers, well-formed jobs, pinned actions, .ci/run packages, Xvfb tests and the installers', () => {
    expect(validateWorkflow(yaml.load(WORKFLOW_TEXT), EXPECTED)).toEqual([])
  })

  it('is really checked: broken workflows are reported', () => {
    const broken = (edit: (text: string) => string) =>
      validateWorkflow(yaml.load(edit(WORKFLOW_TEXT)), EXPECTED)
    expect(validateWorkflow(yaml.load('name: CI\non: push\n'), EXPECTED)).toContain('no jobs')
    expect(validateWorkflow(yaml.load('- just\n- a list\n'), EXPECTED)).toEqual([
      'the workflow is not a YAML mapping',
    ])
    expect(() => yaml.load('jobs:\n  a: [unclosed\n')).toThrow()
    expect(broken((t) => t.replace('actions/checkout@v4', 'actions/checkout@main'))).toContainEqual(
      expect.stringMatching(/actions\/checkout@main is not pinned/),
    )
    expect(broken((t) => t.replace(' python3-docx', ''))).toContainEqual(
      expect.stringMatching(/\.ci\/run installs/),
    )
    expect(broken((t) => t.replace('xvfb-run -a npm test', 'npm test'))).toContainEqual(
      expect.stringMatching(/without xvfb-run/),
    )
    expect(broken((t) => t.replace('dist/*.deb', 'dist/*.rpm'))).toContain(
      'the dist job does not upload dist/*.deb',
    )
    expect(broken((t) => t.replace('node node_modules/electron/install.js', 'echo no'))).toContainEqual(
      expect.stringMatching(/does not download the Electron binary/),
    )
    expect(broken((t) => t.replace('  pull_request:\n', ''))).toContain('on: has no pull_request trigger')
  })

  it('reports a step with both uses and run, and a job without runs-on', () => {
    const workflow = {
      on: { push: {}, pull_request: {} },
      jobs: { x: { steps: [{ uses: 'actions/checkout@v4', run: 'echo' }] } },
    }
    const problems = validateWorkflow(workflow, EXPECTED)
    expect(problems).toContain('job x has no runs-on')
    expect(problems).toContain('job x step 1 has both uses and run')
  })
})
