import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path'
import { asciiSlug } from '@shared/text/asciiSlug'
import { exportHtml } from '@shared/export/html/exportHtml'
import type { HtmlForm } from '@shared/export/html/renderTypes'
import type { Report } from '@shared/model/report'
import { defaultWebPhotoSettings, type PrintLayout, type WebPhotoSettings } from '@shared/settings/settings'
import { writeFileBatch, type FileBatch } from './fileBatch'
import type { CopyStore } from './images/copyStore'
import { webPhotoCopies } from './images/photoCopies'
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
  /** How photos are sized for the web: the unit's setting, its defaults when left out. */
  webPhotos?: WebPhotoSettings
  /** Web copies made by earlier exports, and where this one keeps what it makes. */
  copyStore?: CopyStore
}

interface HtmlExportFileResult {
  htmlPath: string
  /** Full paths of the images written beside the page, in order. */
  imageFiles: string[]
  warnings: string[]
  warningsEn: string[]
}

interface HtmlExportPlan {
  batch: FileBatch
  result: HtmlExportFileResult
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
      `The images folder "${imagesDir}" must be on the same disk as the HTML file, so the page can find its photos by a relative path.`,
    )
  }
  return rel
    .split(sep)
    .filter((segment) => segment && segment !== '.')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

/**
 * The page (or fragment) and its photos as one batch, nothing written yet. Photos wider than the
 * unit's maximum, and turned JPEG ones, go out as web copies (that width, upright in the pixels).
 */
export async function planHtmlExport(request: HtmlExportFileRequest): Promise<HtmlExportPlan> {
  const imagesDir = request.imagesDir ?? null
  const photoCopies = await webPhotoCopies(
    request.report,
    request.webPhotos ?? defaultWebPhotoSettings(),
    request.copyStore,
  )
  const out = exportHtml(request.report, {
    form: request.form ?? 'page',
    layout: request.layout,
    photoCopies,
    images: imagesDir
      ? { kind: 'files', folderUrl: imagesFolderUrl(request.htmlPath, imagesDir) }
      : { kind: 'embed' },
  })
  const photos = imagesDir
    ? // The checked bytes (cleaned, or converted to PNG), one file per distinct photo.
      out.images.map((image) => ({ path: join(imagesDir, image.fileName), data: image.bytes }))
    : []
  // Photos first: the renames go in order, so the page never points at a picture that is not there.
  const page = { path: request.htmlPath, data: new TextEncoder().encode(out.html) }
  return {
    batch: { files: [...photos, page], folders: imagesDir && photos.length ? [imagesDir] : [] },
    result: {
      htmlPath: request.htmlPath,
      imageFiles: photos.map((p) => p.path),
      warnings: out.warnings,
      warningsEn: out.warningsEn,
    },
  }
}

/**
 * Exports a report to an HTML file. The page and its photos are written all or nothing: when any of
 * them fails, no photo, no page and no new images folder is left, and an older page is unchanged.
 */
export async function writeHtmlExport(
  request: HtmlExportFileRequest,
  fs: FileSystem = nodeFileSystem,
): Promise<HtmlExportFileResult> {
  const { batch, result } = await planHtmlExport(request)
  await writeFileBatch(batch, fs)
  return result
}
