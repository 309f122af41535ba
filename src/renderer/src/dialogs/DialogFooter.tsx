interface Props {
  error: string | null
  cancelLabel: string
  submitLabel: string
  onCancel(): void
}

/** The error line and the Hủy / Lưu buttons that close every form dialog. */
export function DialogFooter({ error, cancelLabel, submitLabel, onCancel }: Props) {
  return (
    <>
      {error && (
        <p className="st-warning" role="alert">
          {error}
        </p>
      )}
      <div className="st-dialog-buttons">
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" className="st-primary">
          {submitLabel}
        </button>
      </div>
    </>
  )
}
