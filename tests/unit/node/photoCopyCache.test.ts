import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createExportHandlers } from '@main/handlers/exportHandlers'
import { encodeJpeg } from '@node/images/jpegCodec'
import { copyKey, jobCopyStore, photoDigest } from '@node/images/copyStore'
import { PhotoCopyCache } from '@node/images/photoCopyCache'
import { webPhotoCopies } from '@node/images/photoCopies'
import type { Job, JobPort } from '@node/jobs/jobProtocol'
import { workerJobPort } from '@node/jobs/workerJobPort'
import type { PhotoCopy } from '@shared/images/photoCopy'
import type { Report } from '@shared/model/report'
import { defaultWebPhotoSettings } from '@shared/settings/settings'
import * as b from '../../fixtures/builders'

const dir = mkdtempSync(join(tmpdir(), 'soantin-bo-nho-anh-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function widePhoto(seed: number): Promise<string> {
  const width = 2400
  const height = 1200
  const data = new Uint8Array(width * height * 4)
  for (let i = 0; i < data.length; i += 4) data.set([(i * seed) & 255, 90, 140, 255], i)
  return Buffer.from(await encodeJpeg({ width, height, data }, 85)).toString('base64')
}

function reportWith(data: string): Report {
  const r = b.report(b.p('Hội nghị giao ban.'), b.figure('anh', '', 'Quang cảnh'))
  r.assets = { anh: { mime: 'image/jpeg', name: 'Quang cảnh.jpg', data } }
  return r
}

const copy = (bytes: number): PhotoCopy => ({
  mime: 'image/jpeg',
  bytes: new Uint8Array(bytes),
  width: 1,
  height: 1,
})

describe('photo copies kept between exports', () => {
  it('reuses a kept copy of the very same bytes, and never one of a photo changed under the same id', async () => {
    const data = await widePhoto(3)
    const stand = copy(10)
    const key = copyKey(await photoDigest(data), 1600, 82)
    const store = jobCopyStore([[key, stand]])
    expect((await webPhotoCopies(reportWith(data), defaultWebPhotoSettings(), store)).get('anh')).toBe(stand)
    expect(store.made).toEqual([])
    const changed = await widePhoto(5)
    const made = (await webPhotoCopies(reportWith(changed), defaultWebPhotoSettings(), store)).get('anh')!
    expect(made).not.toBe(stand)
    expect(made.width).toBe(1600)
    expect(store.made.map(([k]) => k)).toEqual([copyKey(await photoDigest(changed), 1600, 82)])
  }, 60_000)

  it('gives a job only its report’s copies and drops the longest unused past the budget', async () => {
    const cache = new PhotoCopyCache(250)
    const [a, b2, c] = ['a', 'b', 'c'].map((text) => ({ text, digest: '' }))
    for (const item of [a!, b2!, c!]) item.digest = await photoDigest(item.text)
    cache.keep([
      [copyKey(a!.digest, 10, 82), copy(100)],
      [copyKey(b2!.digest, 10, 82), copy(100)],
    ])
    const ofA = reportWith(a!.text)
    expect((await cache.forReport(ofA)).map(([key]) => key)).toEqual([copyKey(a!.digest, 10, 82)])
    // "a" was just used, so "b" goes when "c" comes.
    cache.keep([[copyKey(c!.digest, 10, 82), copy(100)]])
    expect(cache.size).toEqual({ copies: 2, bytes: 200 })
    expect(await cache.forReport(reportWith(b2!.text))).toEqual([])
    expect(await cache.forReport(ofA)).toHaveLength(1)
    // A copy larger than the whole budget is never kept.
    cache.keep([[copyKey(b2!.digest, 20, 82), copy(300)]])
    expect(cache.size.bytes).toBe(200)
  })

  it('makes the second export of a report reuse the first one’s copies, with the same page', async () => {
    const jobs: Job[] = []
    const made: number[] = []
    const real = workerJobPort()
    const recording: JobPort = {
      run: async (job, options) => {
        jobs.push(job)
        const result = await real.run(job, options)
        if ('madeCopies' in result) made.push(result.madeCopies.length)
        return result
      },
    }
    const paths = [join(dir, 'mot.html'), join(dir, 'hai.html')]
    const handlers = createExportHandlers({
      dialogs: {
        chooseDraftToOpen: async () => null,
        chooseDraftSavePath: async () => null,
        chooseExportPath: async () => paths.shift() ?? null,
      },
      jobs: recording,
    })
    const report = reportWith(await widePhoto(7))
    const first = await handlers.exportHtml({ report, form: 'page', separateImages: false })
    const second = await handlers.exportHtml({ report, form: 'page', separateImages: false })
    expect([first.ok, second.ok]).toEqual([true, true])
    const known = jobs.map((job) => (job.kind === 'buildHtml' ? (job.knownCopies ?? []).length : -1))
    expect(known).toEqual([0, 1])
    // The second worker decoded and encoded nothing: it used the copy main kept.
    expect(made).toEqual([1, 0])
    expect(readFileSync(join(dir, 'hai.html'))).toEqual(readFileSync(join(dir, 'mot.html')))
  }, 60_000)
})
