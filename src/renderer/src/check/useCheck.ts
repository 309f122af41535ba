import type { Editor } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CheckBlock } from '@shared/check/checkInput'
import { checkContext } from '@shared/check/checkReport'
import type { Finding } from '@shared/check/findings'
import { runCheck } from '@shared/check/runCheck'
import type { Asset } from '@shared/model/assets'
import type { ReportFields } from '@shared/model/fields'
import type { PersonRecord } from '@shared/people/people'
import { defaultSettings, type Settings } from '@shared/settings/settings'
import type { FieldStore } from '@shared/templates/fieldStore'
import type { Template } from '@shared/templates/templateSchema'
import { useLatest } from '../hooks/useLatest'
import { editorCheckBlocks } from './editorCheckBlocks'

/** One run of the check, with the document and fields it read (a fix or a jump needs them current). */
export interface CheckResult {
  findings: Finding[]
  blocks: CheckBlock[]
  starts: number[]
  doc: PmNode | null
  fields: ReportFields | null
}

const NONE: CheckResult = { findings: [], blocks: [], starts: [], doc: null, fields: null }
const QUIET_MS = 400
/** A run may take at most this share of the quiet time before it. */
const COST_SHARE = 8

interface Options {
  editor: Editor | null
  fieldStore: FieldStore
  assets: Readonly<Record<string, Asset>>
  settings: Settings | null
  template: Template | null
  people: readonly PersonRecord[]
}

/**
 * The pre-publication check as the officer works: run once typing and the panel pause (a few
 * milliseconds on the reference report, measured in bench/check.ts), and at once on request.
 */
export function useCheck(options: Options): { result: CheckResult; runNow(): CheckResult } {
  const latest = useLatest(options)
  // The window re-renders only when what the check found changed, not after every run.
  const lastRef = useRef<CheckResult>(NONE)
  const [shown, setShown] = useState<CheckResult>(NONE)
  const timer = useRef<number | undefined>(undefined)
  const delay = useRef(QUIET_MS)

  const compute = useCallback((): CheckResult => {
    const { editor, fieldStore, assets, settings, template, people } = latest.current
    if (!editor || editor.isDestroyed) return NONE
    const doc = editor.state.doc
    const fields = fieldStore.get()
    const { blocks, starts } = editorCheckBlocks(doc, assets)
    const context = checkContext({ settings: settings ?? defaultSettings(), template, directory: people })
    return { findings: runCheck({ ...context, fields, blocks }), blocks, starts, doc, fields }
  }, [latest])

  const publish = useCallback((next: CheckResult) => {
    const changed = JSON.stringify(next.findings) !== JSON.stringify(lastRef.current.findings)
    lastRef.current = next
    if (changed) setShown(next)
  }, [])

  const runNow = useCallback((): CheckResult => {
    window.clearTimeout(timer.current)
    const next = compute()
    publish(next)
    return next
  }, [compute, publish])

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      const start = performance.now()
      publish(compute())
      delay.current = Math.max(QUIET_MS, COST_SHARE * (performance.now() - start))
    }, delay.current)
  }, [compute, publish])

  const { editor, fieldStore, settings, template, people, assets } = options
  useEffect(() => {
    if (!editor) return
    schedule()
    editor.on('update', schedule)
    const unsubscribe = fieldStore.subscribe(schedule)
    return () => {
      editor.off('update', schedule)
      unsubscribe()
      window.clearTimeout(timer.current)
    }
  }, [editor, fieldStore, schedule])
  // New settings, template, directory or photos change what the check finds, without an edit.
  useEffect(() => schedule(), [settings, template, people, assets, schedule])
  return { result: shown, runNow }
}

/** The result, run again when the report changed since. */
export function freshResult(
  result: CheckResult,
  editor: Editor,
  store: FieldStore,
  runNow: () => CheckResult,
) {
  return result.doc === editor.state.doc && result.fields === store.get() ? result : runNow()
}
