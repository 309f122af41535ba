import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5'

export type HtmlElement = DefaultTreeAdapterMap['element']

/** Parses as a browser does (the HTML5 algorithm of parse5), so tests see what a reader's browser sees. */
export function parseDocument(html: string): DefaultTreeAdapterMap['document'] {
  return parse(html)
}

export function parseArticle(html: string): DefaultTreeAdapterMap['documentFragment'] {
  return parseFragment(html)
}

type Parent = { childNodes: DefaultTreeAdapterMap['childNode'][] }

function children(node: unknown): DefaultTreeAdapterMap['childNode'][] {
  const n = node as Partial<Parent> & { content?: Parent }
  return [...(n.childNodes ?? []), ...(n.content?.childNodes ?? [])]
}

export function isElement(node: unknown): node is HtmlElement {
  return typeof node === 'object' && node !== null && 'tagName' in node
}

/** Every element under `root`, in document order (template contents included). */
export function allElements(root: unknown): HtmlElement[] {
  const out: HtmlElement[] = []
  const walk = (node: unknown) => {
    for (const child of children(node)) {
      if (isElement(child)) out.push(child)
      walk(child)
    }
  }
  walk(root)
  return out
}

export function byTag(root: unknown, tag: string): HtmlElement[] {
  return allElements(root).filter((e) => e.tagName === tag)
}

export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value
}

export function hasClass(el: HtmlElement, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name)
}

/** The text content of a node, `<br>` as "\n". */
export function textOf(node: unknown): string {
  let out = ''
  for (const child of children(node)) {
    if (child.nodeName === '#text') out += (child as DefaultTreeAdapterMap['textNode']).value
    else if (isElement(child) && child.tagName === 'br') out += '\n'
    else out += textOf(child)
  }
  return out
}

/** Every text node's value under `root` (attribute values excluded). */
export function textNodes(root: unknown): string[] {
  const out: string[] = []
  const walk = (node: unknown) => {
    for (const child of children(node)) {
      if (child.nodeName === '#text') out.push((child as DefaultTreeAdapterMap['textNode']).value)
      else walk(child)
    }
  }
  walk(root)
  return out
}
