/** A line in the status bar: an info note, or an error announced to screen readers. */
export interface StatusMessage {
  kind: 'info' | 'error'
  text: string
}
