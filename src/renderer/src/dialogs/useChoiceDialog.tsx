import { useCallback, useRef, useState, type ReactNode } from 'react'
import { ChoiceDialog, type ChoiceOptions } from './ChoiceDialog'

interface Pending {
  options: ChoiceOptions<string>
  resolve(value: string): void
}

/**
 * `ask(options)` shows a modal question and resolves with the button chosen; render `element`
 * somewhere in the tree. A new question replaces one still open, which is answered with its cancel.
 */
export function useChoiceDialog(): {
  element: ReactNode
  ask<T extends string>(options: ChoiceOptions<T>): Promise<T>
} {
  const [pending, setPending] = useState<Pending | null>(null)
  const current = useRef<Pending | null>(null)

  const ask = useCallback(<T extends string>(options: ChoiceOptions<T>) => {
    return new Promise<T>((resolve) => {
      current.current?.resolve(current.current.options.cancelValue)
      const next: Pending = { options, resolve: (value) => resolve(value as T) }
      current.current = next
      setPending(next)
    })
  }, [])

  const element = pending ? (
    <ChoiceDialog
      key={pending.options.title + pending.options.message}
      {...pending.options}
      onChoose={(value) => {
        if (current.current === pending) current.current = null
        setPending(null)
        pending.resolve(value)
      }}
    />
  ) : null

  return { element, ask }
}
