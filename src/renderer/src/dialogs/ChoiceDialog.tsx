import { useEffect, useId, useRef } from 'react'
import './dialogs.css'

export interface Choice<T extends string> {
  value: T
  label: string
  /** The button that has focus when the dialog opens (the safe default). */
  primary?: boolean
}

export interface ChoiceOptions<T extends string> {
  title: string
  message: string
  choices: Choice<T>[]
  /** What Escape (or closing the dialog) means. */
  cancelValue: T
}

interface Props<T extends string> extends ChoiceOptions<T> {
  onChoose(value: T): void
}

/**
 * A modal question with a few buttons, e.g. Lưu / Không lưu / Hủy. A native `<dialog>` opened with
 * `showModal()`: the page behind is inert, focus stays inside, Escape answers `cancelValue`; screen
 * readers announce it as an alert dialog with its title and message.
 */
export function ChoiceDialog<T extends string>({ title, message, choices, cancelValue, onChoose }: Props<T>) {
  const ref = useRef<HTMLDialogElement>(null)
  const primary = useRef<HTMLButtonElement>(null)
  const id = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    primary.current?.focus()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className="st-choice"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onCancel={(e) => {
        e.preventDefault()
        onChoose(cancelValue)
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-message`}>{message}</p>
      <div className="st-choice-buttons">
        {choices.map((choice) => (
          <button
            key={choice.value}
            ref={choice.primary ? primary : undefined}
            type="button"
            className={choice.primary ? 'st-primary' : undefined}
            onClick={() => onChoose(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  )
}
