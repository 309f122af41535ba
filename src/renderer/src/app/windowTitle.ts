/** "● Tên tệp — Soạn Tin": the bullet marks unsaved changes, as in the officer's other editors. */
export function windowTitle(fileName: string | null, dirty: boolean, untitled: string): string {
  return `${dirty ? '● ' : ''}${fileName ?? untitled} — Soạn Tin`
}
