import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path'
import { asciiSlug } from '@shared/text/asciiSlug'
import { exportHtml } from '@shared/export/html/exportHtml'
import type { HtmlForm } from '@shared/export/html/renderTypes'
import type { Report } from '@shared/model/report'
import { decodeBase64 } from '@shared/text/base64'
import type { PrintLayout } from '@shared/settings/settings'
import { writeFileAtomic } from './atomicWrite'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { SaveError } from './saveErrors'

interface HtmlExportFileRequest {
  report: Report
  /** Where the page (or fragment) goes. */
  htmlPath: string
  form?: HtmlForm
  /** When set, images are written to this folder with ASCII names and linked relatively; else embedded. */
  imagesDir?: string | null
  layout?: PrintLayout
}

interface HtmlExportFileResult {
  htmlPath: string
  /** Full paths of the images written beside the page, in order. */
  imageFiles: string[]
  warnings: string[]
}

/** The images folder the app uses beside a page: "bao-cao.html" → "bao-cao-anh", ASCII only. */
export function defaultImagesDir(htmlPath: string): string {
  const stem = basename(htmlPath, extname(htmlPath))
  return join(dirname(htmlPath), `${asciiSlug(stem, 60) || 'bao-cao'}-anh`)
}

/** The images folder as a relative URL from the page's folder ("" when it is the same folder). */
export function imagesFolderUrl(htmlPath: string, imagesDir: string): string {
  const rel = relative(dirname(htmlPath), imagesDir)
  if (isAbsolute(rel)) {
    throw new SaveError(
      'other',
      `Thư mục ảnh "${imagesDir}" phải nằm cùng ổ đĩa với tệp HTML để trang web tìm được ảnh qua đường dẫn tương đối.`,
    )
  }
  return rel
    .split(sep)
    .filter((segment) => segment && segment !== '.')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

/**
 * Exports a report to an HTML file. In files mode every image is written first (each atomically), so
 * the page never points at a picture that is not there; then the page itself, atomically.
 */
export async function writeHtmlExport(
  request: HtmlExportFileRequest,
  fs: FileSystem = nodeFileSystem,
): Promise<HtmlExportFileResult> {
  const imagesDir = request.imagesDir ?? null
  const out = exportHtml(request.report, {
    form: request.form ?? 'page',
    layout: request.layout,
    images: imagesDir
      ? { kind: 'files', folderUrl: imagesFolderUrl(request.htmlPath, imagesDir) }
      : { kind: 'embed' },
  })
  const imageFiles: string[] = []
  if (imagesDir && out.images.length > 0) {
    try {
      await fs.mkdir(imagesDir)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      throw new SaveError('other', `Không tạo được thư mục ảnh "${imagesDir}" (${detail}).`)
    }
    for (const image of out.images) {
      const path = join(imagesDir, image.fileName)
      // The exporter only lists images whose data passed isBase64, so this never falls back.
      await writeFileAtomic(path, decodeBase64(image.base64) ?? new Uint8Array(0), fs)
      imageFiles.push(path)
    }
  }
  await writeFileAtomic(request.htmlPath, new TextEncoder().encode(out.html), fs)
  return { htmlPath: request.htmlPath, imageFiles, warnings: out.warnings }
}
