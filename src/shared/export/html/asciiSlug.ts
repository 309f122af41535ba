/**
 * An ASCII slug for file names a web server and every CMS accept: Vietnamese letters lose their marks
 * ("Đầm Hà" → "dam-ha"), anything else becomes a hyphen.
 */
export function asciiSlug(text: string, maxLength = 40): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '')
}
