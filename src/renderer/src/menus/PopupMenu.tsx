import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react'

/** One entry of a popup menu: its label (already translated), whether it can run, what it does. */
export interface MenuItem {
  key: string
  label: string
  enabled: boolean
  run(): void
}

export type MenuEntry = MenuItem | 'separator'

interface Props {
  x: number
  y: number
  entries: readonly MenuEntry[]
  label: string
  /** The menu closes: an item ran, a click landed elsewhere, or the window lost focus. */
  onClose(): void
  /** Escape; closing by default. */
  onEscape?(): void
}

/**
 * A menu drawn in the page at a point (the right-click menus of the body and of the panel's boxes):
 * kept inside the window, its first item focused so the keyboard works it at once, arrows, Home and
 * End moving between items.
 */
export function PopupMenu({ x, y, entries, label, onClose, onEscape }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const closeRef = useRef(onClose)
  useLayoutEffect(() => {
    closeRef.current = onClose
  })

  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const box = el.getBoundingClientRect()
    el.style.left = `${Math.max(0, Math.min(x, window.innerWidth - box.width - 4))}px`
    el.style.top = `${Math.max(0, Math.min(y, window.innerHeight - box.height - 4))}px`
    el.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
  }, [x, y, entries])

  useEffect(() => {
    const close = (e: Event) => {
      if (!ref.current?.contains(e.target as Node)) closeRef.current()
    }
    window.addEventListener('mousedown', close, true)
    window.addEventListener('blur', close)
    return () => {
      window.removeEventListener('mousedown', close, true)
      window.removeEventListener('blur', close)
    }
  }, [])

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (e.key === 'Escape') {
      e.preventDefault()
      ;(onEscape ?? onClose)()
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      buttons[(at + step + buttons.length) % buttons.length]?.focus()
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault()
      buttons[e.key === 'Home' ? 0 : buttons.length - 1]?.focus()
    }
  }
  return (
    <div
      ref={ref}
      className="st-context-menu"
      role="menu"
      aria-label={label}
      style={{ left: x, top: y }}
      onKeyDown={onKeyDown}
    >
      {entries.map((entry, i) =>
        entry === 'separator' ? (
          <div key={`sep-${i}`} role="separator" className="st-context-sep" />
        ) : (
          <button
            key={entry.key}
            type="button"
            role="menuitem"
            disabled={!entry.enabled}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              onClose()
              entry.run()
            }}
          >
            {entry.label}
          </button>
        ),
      )}
    </div>
  )
}
