import { useCallback, useState } from 'react'

/** The workspace's dialogs; one is open at a time. */
type WorkspaceDialog = 'gallery' | 'saveTemplate' | 'settings' | 'shortcuts' | 'people'

export function useDialogs() {
  const [dialog, setDialog] = useState<WorkspaceDialog | null>(null)
  const show = useCallback((which: WorkspaceDialog) => setDialog(which), [])
  const close = useCallback(() => setDialog(null), [])
  return { dialog, show, close }
}
