import { useLayoutEffect, useRef } from 'react'

/**
 * A ref that always holds the value of the last render, for callbacks that must stay the same
 * function (listeners, commands) yet read the current props. Updated before any effect runs. Name
 * the result `…Ref` (`latestRef`): the React Compiler lint then treats it as the ref it is.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value)
  useLayoutEffect(() => {
    ref.current = value
  })
  return ref
}
