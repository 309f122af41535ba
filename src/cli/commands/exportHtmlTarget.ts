import { extname, resolve } from 'node:path'
import type { ExportTarget } from './exportTargets'

/** `--html <out.html> [--fragment] [--images-dir <dir>]`: the web page, or the CMS fragment. */
export const htmlTarget: ExportTarget = {
  options: {
    html: { type: 'string' },
    fragment: { type: 'boolean' },
    'images-dir': { type: 'string' },
  },
  usage: `  --html <tệp.html>             Xuất HTML cho cổng thông tin (trang độc lập, ảnh nhúng sẵn)
  --fragment                    Chỉ xuất phần <article> để dán vào CMS của cổng thông tin
  --images-dir <thư mục>        Ghi ảnh thành tệp riêng (tên ASCII) trong thư mục này thay vì nhúng`,
  plan(values) {
    const html = typeof values.html === 'string' ? values.html : undefined
    const imagesDir = typeof values['images-dir'] === 'string' ? values['images-dir'] : undefined
    if (!html) {
      if (values.fragment || imagesDir !== undefined)
        return 'Tùy chọn --fragment và --images-dir chỉ dùng cùng --html.'
      return null
    }
    const ext = extname(html).toLowerCase()
    if (ext !== '.html' && ext !== '.htm') return `Tệp HTML phải có đuôi .html: "${html}".`
    if (imagesDir === '') return 'Thiếu thư mục sau --images-dir.'
    const htmlPath = resolve(html)
    return {
      label: 'HTML',
      output: htmlPath,
      async prepare(report, { layout, webPhotos, jobs }) {
        const { batch, result } = await jobs.run({
          kind: 'buildHtml',
          report,
          htmlPath,
          form: values.fragment ? 'fragment' : 'page',
          imagesDir: imagesDir === undefined ? null : resolve(imagesDir),
          layout,
          webPhotos,
        })
        const images = result.imageFiles.length
          ? ` (${result.imageFiles.length} ảnh trong "${imagesDir}")`
          : ''
        return { batch, message: `Đã xuất HTML: ${html}${images}`, warnings: result.warnings }
      },
    }
  },
}
