/** The check's summary `soantin export` prints on stderr after its own lines. */
const CHECK_SUMMARY = /^Kiểm tra trước khi xuất bản: .*\n(?: {2}Lỗi \[.*\n)*/m

/** Stderr without the pre-publication check's summary: what the export itself said. */
export function withoutCheckSummary(stderr: string): string {
  return stderr.replace(CHECK_SUMMARY, '')
}
