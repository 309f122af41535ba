import { concat, element, text, type Html } from './htmlElement'
import type { PageMeta } from './pageMeta'

/**
 * Declared in the page itself, so even a browser opening the file from disk runs nothing and loads
 * nothing from elsewhere: no scripts, no frames, no forms, images only embedded or from the page's
 * own folder.
 */
const PAGE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

const meta = (attrs: Record<string, string>) => element('meta', attrs)

/** The complete `.html` document around the article: head with title, description, Open Graph, CSS. */
export function standalonePage(article: Html, info: PageMeta, imageSrc: string | null, css: string): string {
  const head = concat(
    [
      meta({ charset: 'utf-8' }),
      meta({ 'http-equiv': 'Content-Security-Policy', content: PAGE_CONTENT_SECURITY_POLICY }),
      meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      meta({ name: 'referrer', content: 'no-referrer' }),
      element('title', {}, text(info.title)),
      info.description ? meta({ name: 'description', content: info.description }) : null,
      info.author ? meta({ name: 'author', content: info.author }) : null,
      meta({ name: 'generator', content: 'Soạn Tin' }),
      meta({ property: 'og:type', content: 'article' }),
      meta({ property: 'og:locale', content: 'vi_VN' }),
      meta({ property: 'og:title', content: info.title }),
      info.description ? meta({ property: 'og:description', content: info.description }) : null,
      imageSrc ? meta({ property: 'og:image', content: imageSrc }) : null,
      // The CSS is built from numbers and a checked font name, never from report text.
      element('style', {}, css as Html),
    ]
      .filter((part): part is Html => part !== null)
      .map((part) => `  ${part}\n` as Html),
  )
  return `<!doctype html>\n<html lang="vi">\n<head>\n${head}</head>\n<body>\n${article}\n</body>\n</html>\n`
}
