import { describe, expect, it } from 'vitest'
import { Packer } from 'docx'
import { buildDocxDocument } from '@shared/export/docx/buildDocxDocument'
import { packDocx, storesMediaUncompressed } from '@shared/export/docx/packDocx'
import { listsAndTable } from '../../../../fixtures/goldenCases'
import { unzipDocx, zipEntries } from './docxPackage'

describe('packing the built document', () => {
  it('stores photos as they are and deflates the XML (the fast path is in use)', async () => {
    expect(storesMediaUncompressed()).toBe(true)
    const entries = zipEntries(await packDocx(buildDocxDocument(listsAndTable())))
    const media = [...entries].filter(([name]) => name.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    for (const [, entry] of media) expect(entry.method).toBe(0)
    expect(entries.get('word/document.xml')?.method).toBe(8)
  })

  it('holds exactly the parts docx’s own Packer writes, with the same content', async () => {
    const built = buildDocxDocument(listsAndTable())
    const ours = unzipDocx(await packDocx(built))
    const theirs = unzipDocx(await Packer.pack(built.document, 'uint8array', false, built.overrides))
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort())
    for (const [name, data] of theirs) {
      // Hyperlink relationship ids are random per compile; everything else is byte for byte the same.
      if (name === 'word/document.xml' || name === 'word/_rels/document.xml.rels') continue
      expect(ours.get(name)?.equals(data), name).toBe(true)
    }
    expect(ours.get('docProps/core.xml')?.toString()).toContain('<dc:language>vi-VN</dc:language>')
  })
})
