interface Props {
  testId: string
  message: string
  closeLabel: string
  onDismiss(): void
}

/** A failed export's message and its close button, the same for DOCX and HTML. */
export function ExportFailed({ testId, message, closeLabel, onDismiss }: Props) {
  return (
    <div className="st-export st-export-failed" data-testid={testId}>
      <span role="alert">{message}</span>
      <button type="button" onClick={onDismiss}>
        {closeLabel}
      </button>
    </div>
  )
}
