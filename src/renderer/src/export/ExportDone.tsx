import type { ReactNode } from 'react'
interface Props {
  testId: string
  /** What was exported, said to screen readers as a status. */
  message: ReactNode
  /** False when there is no file to open (a copy for the web). */
  canOpen: boolean
  openError: string | null
  warnings: string[]
  labels: { openFile: string; openFolder: string; close: string; warnings: string }
  onOpen(target: 'file' | 'folder'): void
  onDismiss(): void
}

/** A finished export: what it wrote, "Mở tệp" / "Mở thư mục", close, and what the officer should check. */
export function ExportDone({
  testId,
  message,
  canOpen,
  openError,
  warnings,
  labels,
  onOpen,
  onDismiss,
}: Props) {
  return (
    <div className="st-export" data-testid={testId}>
      <span role="status">{message}</span>
      {canOpen && (
        <>
          <button type="button" onClick={() => onOpen('file')}>
            {labels.openFile}
          </button>
          <button type="button" onClick={() => onOpen('folder')}>
            {labels.openFolder}
          </button>
        </>
      )}
      <button type="button" onClick={onDismiss}>
        {labels.close}
      </button>
      {openError && <span role="alert">{openError}</span>}
      {warnings.length > 0 && (
        <div className="st-export-warnings">
          <strong>{labels.warnings}</strong>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
