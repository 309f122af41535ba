import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanStaleTempFiles, tempPathFor } from '@node/atomicWrite'
import { HOST_ID, STALE_TEMP_AGE_MS, ownerTag, tempOwner } from '@node/tempOwner'

const RANDOM = 'a1b2c3d4e5f6'
const OTHER_HOST = HOST_ID === '0badc0de' ? '0badf00d' : '0badc0de'

/** The temp name another process (pid, machine) gives the target "Giao ban.docx". */
const tempOf = (pid: number, host = HOST_ID) => `.Giao ban.docx.${ownerTag(pid, host)}-${RANDOM}.soantin-tmp`

/** A process that stays alive until killed: the owner of an in-flight temp. */
function sleeper(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' })
  return new Promise((done, fail) => {
    child.once('spawn', () => done(child))
    child.once('error', fail)
  })
}

/** The pid of a process that has run and ended (reaped), so no process has it now. */
function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' })
  return new Promise((done, fail) => {
    child.once('exit', () => done(child.pid!))
    child.once('error', fail)
  })
}

function age(path: string, ms: number): void {
  const when = new Date(Date.now() - ms)
  utimesSync(path, when, when)
}

describe('stale temp files: removed only when their owner is gone or they are old', () => {
  let dir: string
  const children: ChildProcess[] = []
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'soantin-'))))
  afterEach(() => {
    children.splice(0).forEach((c) => c.kill('SIGKILL'))
    rmSync(dir, { recursive: true, force: true })
  })

  it('names each temp after its owner: this process and this machine', () => {
    const name = basename(tempPathFor(join(dir, 'Giao ban.soantin')))
    expect(tempOwner(name)).toEqual({ pid: process.pid, host: HOST_ID })
    expect(HOST_ID).toMatch(/^[0-9a-f]{8}$/)
  })

  it('keeps the in-flight temp of another running process on this machine', async () => {
    const child = await sleeper()
    children.push(child)
    writeFileSync(join(dir, tempOf(child.pid!)), 'đang ghi')
    expect(await cleanStaleTempFiles(dir)).toEqual([])
    expect(readdirSync(dir)).toEqual([tempOf(child.pid!)])
  })

  it('removes the temp of a process that has ended (a killed export)', async () => {
    const pid = await deadPid()
    writeFileSync(join(dir, tempOf(pid)), 'một nửa')
    expect(await cleanStaleTempFiles(dir)).toEqual([tempOf(pid)])
    expect(readdirSync(dir)).toEqual([])
  })

  it('never judges another machine’s temp by pid: fresh kept, older than a day removed', async () => {
    const pid = await deadPid() // dead here; on the other machine it may be writing right now
    const fresh = tempOf(pid, OTHER_HOST)
    const old = tempOf(pid + 1, OTHER_HOST)
    writeFileSync(join(dir, fresh), 'máy khác đang ghi')
    writeFileSync(join(dir, old), 'máy khác bỏ lại')
    age(join(dir, fresh), STALE_TEMP_AGE_MS - 60_000)
    age(join(dir, old), STALE_TEMP_AGE_MS + 60_000)
    expect(await cleanStaleTempFiles(dir)).toEqual([old])
    expect(readdirSync(dir)).toEqual([fresh])
  })

  it('judges temps of earlier versions (no owner in the name) by age only', async () => {
    const fresh = `.a.soantin.${RANDOM}.soantin-tmp`
    const old = `.b.soantin.${RANDOM}.soantin-tmp`
    writeFileSync(join(dir, fresh), '1')
    writeFileSync(join(dir, old), '2')
    age(join(dir, old), STALE_TEMP_AGE_MS + 60_000)
    expect(await cleanStaleTempFiles(dir)).toEqual([old])
    expect(readdirSync(dir)).toEqual([fresh])
  })

  it('removes a temp of a running process once it is older than a day (its pid was reused)', async () => {
    const child = await sleeper()
    children.push(child)
    writeFileSync(join(dir, tempOf(child.pid!)), 'cũ')
    age(join(dir, tempOf(child.pid!)), STALE_TEMP_AGE_MS + 60_000)
    expect(await cleanStaleTempFiles(dir)).toEqual([tempOf(child.pid!)])
  })
})
