import { useCallback, useRef, useState } from 'react'
import type { ChoiceOptions } from './ChoiceDialog'

interface Pending {
  options: ChoiceOptions<string>
  resolve(value: string): void
}

export type AskChoice = <T extends string>(options: ChoiceOptions<T>) => Promise<T>

/** @public Named in the inferred return types of the hooks that use it (declaration emit). */
export interface ChoiceQuestion {
  /** The question to show in a `ChoiceDialog`, or null when none is open. */
  question: ChoiceOptions<string> | null
  /** Shows a question and resolves with the button chosen. */
  ask: AskChoice
  /** The officer chose `value` in the dialog showing `question`. */
  answer(value: string): void
}

/**
 * One modal question at a time. A new question replaces one still open, which is answered with its
 * cancel.
 */
export function useChoiceDialog(): ChoiceQuestion {
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

  const answer = useCallback(
    (value: string) => {
      if (!pending) return
      if (current.current === pending) current.current = null
      setPending(null)
      pending.resolve(value)
    },
    [pending],
  )

  return { question: pending?.options ?? null, ask, answer }
}
