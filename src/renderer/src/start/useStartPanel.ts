import { useCallback, useRef, useState } from 'react'

/** Whether the start panel still shows; `hide` is called on every edit, so it is cheap once hidden. */
export function useStartPanel(): { shown: boolean; hide(): void } {
  const [shown, setShown] = useState(true)
  const stillShown = useRef(true)
  const hide = useCallback(() => {
    if (!stillShown.current) return
    stillShown.current = false
    setShown(false)
  }, [])
  return { shown, hide }
}
