import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Editor, type AnyExtension } from '@tiptap/core'
import { Fragment, Slice, type TagParseRule } from '@tiptap/pm/model'
import type { LinkOptions } from '@tiptap/extension-link'
import { createHandlers } from '@main/handlers/createHandlers'
import { safeExternalUrl } from '@main/security/policy'
import { applyLink } from '@renderer/editor/linkEdit'
import { bodyExtensions, bodySchema } from '@shared/body/bodyExtensions'
import { cleanPastedSlice } from '@shared/body/cleanPastedSlice'
import { exportHtml } from '@shared/export/html/exportHtml'
import { judgeLink } from '@shared/links/linkPolicy'
import { ExportDialogs } from '../../../helpers/exportDialogs'
import * as b from '../../../fixtures/builders'
import { partText } from '../export/docx/docxPackage'
import { exportAndOpen } from '../export/docx/docxXml'

/** A path that only decides (true: the link may exist), or one that writes the target it kept. */
export type LinkPath =
  | { kind: 'decides'; run: (raw: string) => boolean | Promise<boolean> }
  | { kind: 'writes'; run: (raw: string) => string | null | Promise<string | null> }

const schema = bodySchema()
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')

function linkOptions(): LinkOptions {
  const link = bodyExtensions().find((e: AnyExtension) => e.name === 'link')
  if (!link) throw new Error('the body has no link extension')
  return link.options as LinkOptions
}

const ctx = { defaultValidate: () => true, protocols: [], defaultProtocol: 'https' }

/** The `<a href>` rule the editor parses pasted HTML with, on an element holding `raw`. */
function parsedAnchorHref(raw: string): string | null {
  const rule = schema.marks.link?.spec.parseDOM?.find(
    (r): r is TagParseRule => 'tag' in r && r.tag === 'a[href]',
  )
  if (!rule?.getAttrs) throw new Error('the link mark parses no <a href>')
  const element = { getAttribute: (name: string) => (name === 'href' ? raw : null) }
  const attrs = rule.getAttrs(element as unknown as HTMLElement)
  if (attrs === false) return null
  return typeof attrs?.href === 'string' ? attrs.href : null
}

/** A paste of one linked word through the paste cleaner: the target of the link it keeps. */
function cleanedPasteHref(raw: string): string | null {
  const node = schema.nodeFromJSON(b.p('Xem ', b.t('tại đây', b.link(raw))))
  const cleaned = cleanPastedSlice(new Slice(Fragment.from(node), 0, 0)).content.firstChild
  const hrefs: unknown[] = []
  cleaned?.forEach((child) =>
    hrefs.push(...child.marks.filter((m) => m.type.name === 'link').map((m) => m.attrs.href)),
  )
  if (cleaned?.textContent !== 'Xem tại đây') throw new Error('the paste cleaner lost words')
  return typeof hrefs[0] === 'string' ? hrefs[0] : null
}

/** The link dialog's edit on the word "đây": the target it stored, or null when it refused. */
function dialogHref(raw: string): string | null {
  const editor = new Editor({
    element: null,
    extensions: bodyExtensions(),
    content: b.doc(b.p('Xem tại đây')),
  })
  try {
    const refusal = applyLink(
      editor,
      { from: 9, to: 12, text: 'đây', href: '', existing: false, textEditable: true },
      'đây',
      raw,
    )
    const marks = editor.state.doc.nodeAt(9)?.marks ?? []
    const href = marks.find((m) => m.type.name === 'link')?.attrs.href
    if ((refusal === null) !== (typeof href === 'string'))
      throw new Error('the dialog said one thing, did another')
    return typeof href === 'string' ? href : null
  } finally {
    editor.destroy()
  }
}

/**
 * A one-paragraph report with the link, exported to DOCX: the hyperlink's target, or null. Word keeps
 * a fragment apart, in the hyperlink's `w:anchor`, so the target is the relationship's plus that.
 */
async function docxHref(raw: string): Promise<string | null> {
  const report = b.reportWith({ id: 'link-case' }, b.p('Xem ', b.t('tại đây', b.link(raw)), '.'))
  const { document, parts, paragraphs, warnings } = await exportAndOpen(report)
  if (paragraphs[0]?.text !== 'Xem tại đây.') throw new Error('DOCX lost the words of the link')
  const hyperlink = /<w:hyperlink [^>]*>/.exec(document)?.[0] ?? ''
  const id = /r:id="([^"]+)"/.exec(hyperlink)?.[1]
  const anchor = /w:anchor="([^"]*)"/.exec(hyperlink)?.[1]
  const dropped = warnings.some((w) => w.code === 'link-dropped')
  if ((id === undefined) !== dropped)
    throw new Error('DOCX dropped a link without saying so, or said so and kept it')
  if (id === undefined) return null
  const rels = partText(parts, 'word/_rels/document.xml.rels')
  const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(rels)?.[0] ?? ''
  if (!rel.includes('TargetMode="External"')) throw new Error('the hyperlink is not external')
  const target = /Target="([^"]*)"/.exec(rel)?.[1]
  return target === undefined
    ? null
    : unescapeXml(target) + (anchor === undefined ? '' : `#${unescapeXml(anchor)}`)
}

/** The same report exported to HTML: the link's href, or null. */
function htmlHref(raw: string): string | null {
  const { html, warnings } = exportHtml(b.report(b.p('Xem ', b.t('tại đây', b.link(raw)), '.')), {
    form: 'fragment',
  })
  const anchors = [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)]
  if ((anchors.length === 0) !== (warnings.length === 1))
    throw new Error('HTML dropped a link without saying so')
  return anchors[0]?.[1] === undefined ? null : unescapeXml(anchors[0][1])
}

/** Main's `openExternal` handler, as the renderer's request reaches it: the URL handed to the shell. */
async function openedByMain(raw: string): Promise<string | null> {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-links-'))
  const opened: string[] = []
  const handlers = createHandlers({
    appInfo: { name: 'Soạn Tin', version: 'test', platform: process.platform, locale: 'vi' },
    dialogs: new ExportDialogs(() => null),
    shell: { openExternal: async (url: string) => void opened.push(url) },
    userDataDir: join(dir, 'userData'),
    templatesDir: join(dir, 'templates'),
  })
  try {
    const result = await handlers.openExternal({ url: raw })
    if (result.ok !== (opened.length === 1)) throw new Error('main answered one thing and did another')
    return opened[0] ?? null
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Every place a link target is judged or written, as the app runs it. */
export const REPORT_LINK_PATHS: Readonly<Record<string, LinkPath>> = {
  'the policy': { kind: 'writes', run: (raw) => judgeLink(raw).href },
  'editor isAllowedUri (autolink, paste rules, setLink)': {
    kind: 'decides',
    run: (raw) => linkOptions().isAllowedUri(raw, ctx),
  },
  'editor shouldAutoLink (autolink, link on paste)': {
    kind: 'decides',
    run: (raw) => linkOptions().shouldAutoLink(raw),
  },
  'editor parsing a pasted <a href>': { kind: 'writes', run: parsedAnchorHref },
  'paste cleaner': { kind: 'writes', run: cleanedPasteHref },
  'link dialog': { kind: 'writes', run: dialogHref },
  'DOCX export': { kind: 'writes', run: docxHref },
  'HTML export': { kind: 'writes', run: htmlHref },
}

/** What main may hand the system browser: the same policy without mail links. */
export const WEB_LINK_PATHS: Readonly<Record<string, LinkPath>> = {
  'main safeExternalUrl (window links)': { kind: 'writes', run: safeExternalUrl },
  'main openExternal handler': { kind: 'writes', run: openedByMain },
}
