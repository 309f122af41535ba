/**
 * What the photo copies cost: a 12-megapixel camera photo (4000 × 3000) made into its web copy (1600
 * wide, quality 82) and its print copy (about 300 dpi at 165 mm), straight and on its side (EXIF 6),
 * cold (first photo of the process: the codec starts) and warm; the bytes saved; then a report of ten
 * such photos exported whole to HTML and DOCX, copies included; and a 12-megapixel PNG's copies (decode,
 * shrink, PNG encode). Run: npx tsx bench/photoCopies.ts
 */
import { loadavg } from 'node:os'
import { buildDocxExport } from '@node/docxExportFile'
import { planHtmlExport } from '@node/htmlExportFile'
import { decodeJpeg, encodeJpeg } from '@node/images/jpegCodec'
import { jobCopyStore } from '@node/images/copyStore'
import { printPhotoCopies, webPhotoCopies } from '@node/images/photoCopies'
import { encodePng } from '@shared/images/encodePng'
import { orientAndShrink } from '@shared/images/orientAndShrink'
import type { Report } from '@shared/model/report'
import { defaultWebPhotoSettings } from '@shared/settings/settings'
import * as b from '../tests/fixtures/builders'
import { withExifOrientation } from '../tests/fixtures/jpegImage'
import { xorshift } from '../tests/fixtures/xorshift'

const median = (xs: number[]) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)] ?? NaN
const ms = (x: number) => `${x.toFixed(0)} ms`
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`

/** A photo-like picture: gradients, texture and grain, so the encoder has real detail to keep. */
function cameraPixels(width: number, height: number, seed: number) {
  const rand = xorshift(seed)
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const n = (rand() - 0.5) * 30
      const texture = 20 * Math.sin(x / 7) * Math.cos(y / 11)
      data.set(
        [90 + (100 * y) / height + n + texture, 70 + (120 * x) / width + n, 110 + texture + n, 255],
        (y * width + x) * 4,
      )
    }
  }
  return { width, height, data }
}

function reportOf(photos: Buffer[]): Report {
  const r = b.report(
    ...photos.flatMap((_p, i) => [
      b.p(`Đoạn ${i + 1}: hội nghị giao ban.`),
      b.figure(`anh${i}`, '', `Ảnh ${i + 1}`),
    ]),
  )
  r.assets = Object.fromEntries(
    photos.map((photo, i) => [
      `anh${i}`,
      { mime: 'image/jpeg' as const, name: `anh-${i}.jpg`, data: photo.toString('base64') },
    ]),
  )
  return r
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now()
  const out = await work()
  return [performance.now() - start, out]
}

async function main() {
  console.log(`Load average before: ${loadavg()[0]?.toFixed(2)} (2 cores)`)
  const pixels = cameraPixels(4000, 3000, 1)
  const camera = Buffer.from(await encodeJpeg(pixels, 90))
  const phone = withExifOrientation(camera, 6)
  console.log(`Camera photo: 4000 × 3000, ${kb(camera.length)} as stored`)

  // The steps of one copy, warm (the codec started by the encode above).
  const decodeTimes: number[] = []
  const shrinkTimes: number[] = []
  const encodeTimes: number[] = []
  for (let i = 0; i < 5; i++) {
    const [tDecode, decoded] = await timed(() => decodeJpeg(camera))
    const start = performance.now()
    const small = orientAndShrink(decoded!, 6, 1600)
    shrinkTimes.push(performance.now() - start)
    const [tEncode] = await timed(() => encodeJpeg(small, 82))
    decodeTimes.push(tDecode)
    encodeTimes.push(tEncode)
  }
  console.log(
    `One web copy, median of 5: decode ${ms(median(decodeTimes))}, turn and shrink to 1600 ${ms(median(shrinkTimes))}, encode ${ms(median(encodeTimes))}`,
  )

  for (const [label, photo] of [
    ['straight', camera],
    ['on its side (EXIF 6)', phone],
  ] as const) {
    const web: number[] = []
    const print: number[] = []
    let sizes = ''
    for (let i = 0; i < 3; i++) {
      // A different file each round (another quality), so the copies' memo is not what is timed.
      const again = Buffer.from(await encodeJpeg(pixels, 89 - i))
      const fresh = photo === phone ? withExifOrientation(again, 6) : again
      const report = reportOf([fresh])
      const [tWeb, webCopies] = await timed(() => webPhotoCopies(report, defaultWebPhotoSettings()))
      const [tPrint, printCopies] = await timed(() => printPhotoCopies(report))
      web.push(tWeb)
      print.push(tPrint)
      const w = webCopies.get('anh0')!
      const p = printCopies.get('anh0')!
      sizes = `web ${w.width} × ${w.height} ${kb(w.bytes.length)}, print ${p.width} × ${p.height} ${kb(p.bytes.length)}`
    }
    console.log(
      `12 MP ${label}: web copy ${ms(median(web))}, print copy ${ms(median(print))} (median of 3); ${sizes}`,
    )
  }

  const ten: Buffer[] = []
  for (let i = 0; i < 10; i++) ten.push(Buffer.from(await encodeJpeg(cameraPixels(4000, 3000, i + 2), 90)))
  const report = reportOf(ten)
  const stored = Object.values(report.assets).reduce((sum, a) => sum + (a.data.length * 3) / 4, 0)
  const [tHtml, html] = await timed(() =>
    planHtmlExport({ report, htmlPath: '/tmp/bench-anh.html', imagesDir: '/tmp/bench-anh' }),
  )
  const htmlBytes = html.batch.files.reduce((sum, f) => sum + f.data.length, 0)
  const [tDocx, docx] = await timed(() => buildDocxExport({ report }))
  console.log(
    `Ten 12 MP photos (${kb(stored)} stored): HTML page and images ${ms(tHtml)} → ${kb(htmlBytes)}; DOCX ${ms(tDocx)} → ${kb(docx.bytes.length)}`,
  )
  // Exported again with the copies main keeps between exports (the app's PhotoCopyCache).
  const kept = jobCopyStore()
  await planHtmlExport({
    report,
    htmlPath: '/tmp/bench-anh.html',
    imagesDir: '/tmp/bench-anh',
    copyStore: kept,
  })
  const reused = jobCopyStore(kept.made)
  const [tAgain] = await timed(() =>
    planHtmlExport({
      report,
      htmlPath: '/tmp/bench-anh.html',
      imagesDir: '/tmp/bench-anh',
      copyStore: reused,
    }),
  )
  const printKept = jobCopyStore()
  await buildDocxExport({ report, copyStore: printKept })
  const [tDocxAgain] = await timed(() => buildDocxExport({ report, copyStore: jobCopyStore(printKept.made) }))
  console.log(`The same, exported again with the kept copies: HTML ${ms(tAgain)}, DOCX ${ms(tDocxAgain)}`)
  // A PNG of the same picture: decoded, shrunk and written again as PNG (no EXIF, no JPEG quality).
  const png = Buffer.from(encodePng(pixels))
  const pngReport = reportOf([png])
  pngReport.assets.anh0 = { mime: 'image/png', name: 'anh.png', data: png.toString('base64') }
  const [tPngWeb, pngWeb] = await timed(() => webPhotoCopies(pngReport, defaultWebPhotoSettings()))
  const [tPngPrint, pngPrint] = await timed(() => printPhotoCopies(pngReport))
  const w = pngWeb.get('anh0')!
  const p = pngPrint.get('anh0')!
  console.log(
    `12 MP PNG (${kb(png.length)}): web copy ${ms(tPngWeb)} → ${w.width} × ${w.height} ${kb(w.bytes.length)}; print copy ${ms(tPngPrint)} → ${p.width} × ${p.height} ${kb(p.bytes.length)}`,
  )
  console.log(`Load average after: ${loadavg()[0]?.toFixed(2)}`)
}

void main()
