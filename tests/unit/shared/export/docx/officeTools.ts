import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

export const PYTHON = '/usr/bin/python3'

/**
 * Converts several .docx files to PDF in one LibreOffice run (each start costs seconds), with a private
 * profile so it neither touches nor waits on anyone else's.
 */
export function convertToPdf(files: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'soantin-lo-'))
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  )
  return files.map((f) => join(outDir, basename(f).replace(/\.docx$/, '.pdf')))
}

export function pdfInfo(pdf: string): { pages: number; pageSize: string } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
    pageSize: /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '',
  }
}

/** Font names pdffonts lists (subset prefixes removed). */
export function pdfFonts(pdf: string): string[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
  return out
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''))
}

export function pdfPageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
    encoding: 'utf8',
  })
}
