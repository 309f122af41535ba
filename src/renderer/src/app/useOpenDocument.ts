import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Report } from '@shared/model/report'
import { newReport } from './newReport'
import { windowTitle } from './windowTitle'

/** The report open in the window, where it lives on disk, and which load it is. */
export interface OpenDoc {
  report: Report
  docToken: string | null
  fileName: string | null
  /** Bumped on every load so the editor is rebuilt with a fresh undo history. */
  loadId: number
}

export type LoadedDoc = Omit<OpenDoc, 'loadId'>

export interface OpenDocument {
  doc: OpenDoc
  dirty: boolean
  isDirty(): boolean
  /** How many edits so far: a save marks the report clean only if nothing was typed while it wrote. */
  edits(): number
  /** An edit in the body or the panel; touches React state only on the first edit after a clean. */
  markEdited(): void
  markClean(): void
  /** Replaces the report (callers ask about unsaved changes first); `dirty` for a restored backup. */
  load(next: LoadedDoc, dirty?: boolean): void
  /** A save wrote `report` to this place: the same editor and undo history go on. */
  markSaved(report: Report, docToken: string, fileName: string): void
  setAssets(assets: Report['assets']): void
}

/** The open report's state and its unsaved-changes flag, shown in the window title. */
export function useOpenDocument(untitled: string): OpenDocument {
  const [doc, setDoc] = useState<OpenDoc>(() => ({
    report: newReport(),
    docToken: null,
    fileName: null,
    loadId: 0,
  }))
  const [dirty, setDirty] = useState(false)
  // Refs answer "dirty?" and count edits without waiting for a render.
  const dirtyRef = useRef(false)
  const editCount = useRef(0)

  useEffect(() => {
    document.title = windowTitle(doc.fileName, dirty, untitled)
  }, [doc.fileName, dirty, untitled])

  const setDirtyFlag = useCallback((value: boolean) => {
    if (dirtyRef.current === value) return
    dirtyRef.current = value
    setDirty(value)
  }, [])

  const actions = useMemo(
    () => ({
      isDirty: () => dirtyRef.current,
      edits: () => editCount.current,
      markEdited: () => {
        editCount.current++
        setDirtyFlag(true)
      },
      markClean: () => setDirtyFlag(false),
      load: (next: LoadedDoc, loadedDirty = false) => {
        setDoc((d) => ({ ...next, loadId: d.loadId + 1 }))
        setDirtyFlag(loadedDirty)
      },
      markSaved: (report: Report, docToken: string, fileName: string) =>
        setDoc((d) => ({ ...d, report, docToken, fileName })),
      setAssets: (assets: Report['assets']) => setDoc((d) => ({ ...d, report: { ...d.report, assets } })),
    }),
    [setDirtyFlag],
  )

  return { doc, dirty, ...actions }
}
