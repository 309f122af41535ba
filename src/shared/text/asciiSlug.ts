import { stripVietnameseMarks } from './stripVietnameseMarks'

/**
 * An ASCII slug that every file system, web server and CMS accepts: "Đầm Hà (2)" → "dam-ha-2". Marks
 * are stripped, anything but a-z and 0-9 becomes one hyphen, and the result has at most `maxLength`
 * characters with no hyphen at either end; "" when nothing is left (callers pick their own fallback).
 */
export function asciiSlug(text: string, maxLength = 40): string {
  return stripVietnameseMarks(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '')
}
