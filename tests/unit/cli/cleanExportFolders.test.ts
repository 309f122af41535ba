import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cleanExportFolders } from '@cli/cleanExportFolders'
import { HOST_ID, ownerTag } from '@node/tempOwner'

function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' })
  return new Promise((done, fail) => {
    child.once('exit', () => done(child.pid!))
    child.once('error', fail)
  })
}

describe('CLI: cleaning the export folders before an export', () => {
  const root = mkdtempSync(join(tmpdir(), 'soantin-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('removes a killed export’s temps from every output folder and keeps everything else', async () => {
    const out = join(root, 'xuất')
    const images = join(out, 'Giao ban_anh')
    mkdirSync(images, { recursive: true })
    const pid = await deadPid()
    const docxTemp = `.Giao ban.docx.${ownerTag(pid)}-0123456789ab.soantin-tmp`
    const imageTemp = `.anh-1.jpg.${ownerTag(pid)}-0123456789ab.soantin-tmp`
    const othersTemp = `.Giao ban.html.${ownerTag(pid, HOST_ID === '0badc0de' ? '0badf00d' : '0badc0de')}-0123456789ab.soantin-tmp`
    writeFileSync(join(out, docxTemp), 'PK một nửa')
    writeFileSync(join(out, othersTemp), 'máy khác đang ghi')
    writeFileSync(join(out, 'Giao ban.docx'), 'bản cũ')
    writeFileSync(join(images, imageTemp), 'ảnh dở')

    const removed = await cleanExportFolders([
      join(out, 'Giao ban.docx'),
      join(out, 'Giao ban.html'),
      join(images, 'anh-1.jpg'),
    ])

    expect(removed.sort()).toEqual([join(images, imageTemp), join(out, docxTemp)].sort())
    expect(readdirSync(out).sort()).toEqual([othersTemp, 'Giao ban.docx', 'Giao ban_anh'].sort())
    expect(readdirSync(images)).toEqual([])
  })

  it('skips a folder that does not exist yet', async () => {
    await expect(cleanExportFolders([join(root, 'chưa có', 'a.docx')])).resolves.toEqual([])
  })
})
