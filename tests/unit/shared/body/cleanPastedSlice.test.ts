import { Fragment, Slice } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { bodySchema } from '@shared/body/bodyExtensions'
import type { BodyNode } from '@shared/model/body'
import { cleanPastedSlice } from '@shared/body/cleanPastedSlice'
import { bold, br, link, p, pa, t } from '../../../fixtures/builders'

const schema = bodySchema()
const NBSP = '\u00a0'

/** A closed slice of whole blocks, as a paste of several paragraphs gives. */
function blocks(...nodes: BodyNode[]): Slice {
  return new Slice(Fragment.fromArray(nodes.map((n) => schema.nodeFromJSON(n))), 0, 0)
}

function texts(slice: Slice): string[] {
  const out: string[] = []
  slice.content.forEach((block) => out.push(block.textContent))
  return out
}

describe('cleanPastedSlice', () => {
  it('drops the dozens of no-break spaces that push the seed byline right', () => {
    const byline = `${NBSP.repeat(40)} ${NBSP.repeat(20)}Văn Phúc${NBSP.repeat(3)}`
    expect(texts(cleanPastedSlice(blocks(pa({ textAlign: 'right' }, byline))))).toEqual(['Văn Phúc'])
  })

  it('makes runs of padding one space, across marks, and keeps a lone no-break space between words', () => {
    const slice = cleanPastedSlice(
      blocks(p(`Đồng chí \t Nguyễn${NBSP}${NBSP}Văn `, t(' An,  Bí thư', bold), ` Tỉnh${NBSP}ủy`)),
    )
    expect(texts(slice)).toEqual([`Đồng chí Nguyễn Văn An, Bí thư Tỉnh${NBSP}ủy`])
    const first = slice.content.firstChild
    expect(first?.child(1).text).toBe('An, Bí thư')
    expect(first?.child(1).marks.map((m) => m.type.name)).toEqual(['bold'])
  })

  it('normalises decomposed (NFD) text to NFC and removes control characters', () => {
    const nfd = 'Thường trực Tỉnh ủy'.normalize('NFD')
    const [text] = texts(cleanPastedSlice(blocks(p(`${nfd}\u0007 giao\u0000ban`))))
    expect(text).toBe('Thường trực Tỉnh ủy giao ban')
    expect(text).toBe(text?.normalize('NFC'))
  })

  it('trims padding around a hard break and drops blocks that were only padding to empty', () => {
    const slice = cleanPastedSlice(
      blocks(p('Dòng một   ', br(), `${NBSP}${NBSP} dòng hai`), p(NBSP.repeat(9))),
    )
    const first = slice.content.child(0)
    expect(first.child(0).text).toBe('Dòng một')
    expect(first.child(1).type.name).toBe('hardBreak')
    expect(first.child(2).text).toBe('dòng hai')
    expect(slice.content.child(1).childCount).toBe(0)
  })

  it('keeps one space where the paste joins text already in the paragraph (open slice)', () => {
    const open = new Slice(Fragment.from(schema.nodeFromJSON(p(`${NBSP}${NBSP} thêm  chữ `))), 1, 1)
    const cleaned = cleanPastedSlice(open)
    expect(cleaned.openStart).toBe(1)
    expect(cleaned.openEnd).toBe(1)
    expect(texts(cleaned)).toEqual([' thêm chữ '])
  })

  it('cleans paragraphs inside lists and table cells too', () => {
    const list = {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p(`${NBSP.repeat(6)}mục  một`)] }],
    } as BodyNode
    expect(cleanPastedSlice(blocks(list)).content.firstChild?.textContent).toBe('mục một')
  })

  it('keeps only links the link policy allows, in their normalised form, and every word', () => {
    const slice = cleanPastedSlice(
      blocks(
        p(
          t('Cổng', link('HTTPS://QuangNinh.gov.vn/tin tức'), bold),
          ' và ',
          t('trang này', link('https://user:pass@example.com/')),
          ' ',
          t('kia', link('java\tscript:alert(1)')),
        ),
      ),
    )
    const first = slice.content.firstChild
    expect(first?.textContent).toBe('Cổng và trang này kia')
    const linked: Array<[string, unknown]> = []
    first?.forEach((n) => {
      for (const m of n.marks) if (m.type.name === 'link') linked.push([n.text ?? '', m.attrs.href])
    })
    expect(linked).toEqual([['Cổng', 'https://quangninh.gov.vn/tin%20t%E1%BB%A9c']])
    expect(first?.child(0).marks.map((m) => m.type.name)).toEqual(['link', 'bold'])
  })

  it('makes Word’s manual line break (\\v) and U+2028 line breaks, never spaces, and tabs one space', () => {
    const slice = cleanPastedSlice(blocks(p('Dòng một\u000bdòng hai\u2028dòng\tba')))
    const first = slice.content.firstChild!
    const parts: string[] = []
    first.forEach((node) => parts.push(node.isText ? (node.text ?? '') : `<${node.type.name}>`))
    expect(parts).toEqual(['Dòng một', '<hardBreak>', 'dòng hai', '<hardBreak>', 'dòng ba'])
  })

  it('drops no-break-space padding at a paragraph’s start and end', () => {
    expect(texts(cleanPastedSlice(blocks(p(`${NBSP}${NBSP}Kết luận${NBSP}`), p(`${NBSP}Mở đầu`))))).toEqual([
      'Kết luận',
      'Mở đầu',
    ])
  })
})
