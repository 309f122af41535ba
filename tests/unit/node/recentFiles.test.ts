import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RecentFiles, recentFileId } from '@node/recentFiles'

describe('RecentFiles', () => {
  let dir: string
  let file: string
  let minute: number
  const clock = () => new Date(Date.UTC(2022, 8, 19, 8, minute++))
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    file = join(dir, 'userData', 'recent-files.json')
    minute = 0
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const draft = (name: string) => {
    const path = join(dir, name)
    writeFileSync(path, '{}')
    return path
  }

  it('keeps the latest first, without duplicates, at most the limit, and survives a restart', async () => {
    const recent = new RecentFiles(file, clock, undefined, 3)
    const [a, b, c, d] = ['a.soantin', 'b.soantin', 'c.soantin', 'Tường thuật.soantin'].map(draft)
    for (const p of [a!, b!, c!, a!, d!]) await recent.add(p)
    const again = new RecentFiles(file, clock)
    expect((await again.list()).map((f) => f.fileName)).toEqual([
      'Tường thuật.soantin',
      'a.soantin',
      'c.soantin',
    ])
  })

  it('gives ids, not paths, and resolves only its own ids', async () => {
    const recent = new RecentFiles(file, clock)
    const path = draft('a.soantin')
    await recent.add(path)
    const [entry] = await recent.list()
    expect(entry).toEqual({
      id: recentFileId(path),
      fileName: 'a.soantin',
      folder: dir.split('/').pop(),
      usedAt: '2022-09-19T08:00:00.000Z',
      missing: false,
    })
    await expect(recent.resolve(entry!.id)).resolves.toBe(path)
    await expect(recent.resolve(recentFileId('/etc/passwd'))).resolves.toBeNull()
  })

  it('two quick adds both land', async () => {
    const recent = new RecentFiles(file, clock)
    await Promise.all([recent.add(draft('a.soantin')), recent.add(draft('b.soantin'))])
    expect(await new RecentFiles(file).paths()).toHaveLength(2)
  })

  it('a damaged list is read as empty and replaced at the next change; listeners hear about it', async () => {
    const recent = new RecentFiles(join(dir, 'broken.json'), clock)
    writeFileSync(join(dir, 'broken.json'), '{"version": 1, "files": [{"path": 3}]}')
    expect(await recent.list()).toEqual([])
    let changes = 0
    recent.onChange(() => changes++)
    await recent.add(draft('a.soantin'))
    expect(JSON.parse(readFileSync(join(dir, 'broken.json'), 'utf8')).files).toHaveLength(1)
    expect(changes).toBe(1)
  })

  it('marks a file that is gone and removes it on request', async () => {
    const recent = new RecentFiles(file, clock)
    const path = draft('a.soantin')
    await recent.add(path)
    rmSync(path)
    expect((await recent.list())[0]?.missing).toBe(true)
    await recent.remove(path)
    expect(await recent.list()).toEqual([])
  })
})
