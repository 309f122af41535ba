import { useEffect, useRef, type ReactNode } from 'react'

interface Props {
  open: boolean
  labelledBy: string
  onClose(): void
  className?: string
  children: ReactNode
}

/** A native modal dialog: focus stays inside, Escape closes, the page behind is inert. */
export function Modal({ open, labelledBy, onClose, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className={`st-modal ${className ?? ''}`}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      {open && children}
    </dialog>
  )
}
