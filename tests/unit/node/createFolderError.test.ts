import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeFileBatch } from '@node/fileBatch'

describe('an export folder that cannot be created: said in Vietnamese, nothing written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const data = new TextEncoder().encode('<p>Giao ban</p>')

  it.each([
    // A file already holds the folder's name (EEXIST).
    ['Giao ban_anh', 'đã có một tệp hoặc thư mục trùng tên'],
    // A file stands where a parent folder should be (ENOTDIR).
    [join('Giao ban_anh', 'con'), 'một phần của đường dẫn không phải là thư mục'],
  ])('%s', async (folder, meaning) => {
    writeFileSync(join(dir, 'Giao ban_anh'), 'tệp thường')
    const path = join(dir, folder)
    await expect(
      writeFileBatch({ files: [{ path: join(dir, 'Giao ban.html'), data }], folders: [path] }),
    ).rejects.toMatchObject({
      message: `Không tạo được thư mục "${path}": ${meaning}. Chưa ghi tệp nào.`,
    })
    expect(readdirSync(dir)).toEqual(['Giao ban_anh'])
  })
})
