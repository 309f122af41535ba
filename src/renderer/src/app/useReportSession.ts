import type { Said } from '@shared/text/said'
import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { BodyNode } from '@shared/model/body'
import type { Report } from '@shared/model/report'
import { FieldStore } from '@shared/templates/fieldStore'
import { useChoiceDialog } from '../dialogs/useChoiceDialog'
import { useConflictQuestion } from '../dialogs/useConflictQuestion'
import { useUnsavedGuard } from '../dialogs/useUnsavedGuard'
import { useLatest } from '../hooks/useLatest'
import { api } from '../ipc/api'
import type { StatusMessage } from '../status/statusMessage'
import { useAutosave } from './useAutosave'
import { useOpenDocument } from './useOpenDocument'
import { useReportLoads } from './useReportLoads'
import { useSave } from './useSave'
import { useReportCounts } from './useReportCounts'

interface ReportSessionArgs {
  /** "Chưa đặt tên": the name of a report never saved. */
  untitled: string
  setStatus(status: StatusMessage): void
  /** After the report is on disk (the people it names are remembered). */
  afterSave(report: Report): void
  /** Every edit, in the body or the panel; runs on each keystroke, so it must stay cheap. */
  onEdit(): void
}

/**
 * The open report and its life: the editor and the field store, edits, backups, saving, the
 * Lưu / Không lưu / Hủy guard before it is replaced, opening another and answering the window's close.
 */
export function useReportSession(args: ReportSessionArgs) {
  const latestRef = useLatest(args)
  const openDoc = useOpenDocument(args.untitled)
  const { doc, markEdited } = openDoc
  const [editor, setEditor] = useState<Editor | null>(null)
  // One store per loaded report; saving keeps it, opening another report replaces it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fieldStore = useMemo(() => new FieldStore(doc.report.fields), [doc.loadId])

  const loadedRef = useLatest({ report: doc.report, editor, loadId: doc.loadId })
  // The load the editor was made for: until this load's editor is ready (or if it never is, because
  // the draft broke it), the previous report's editor must not lend this one its body.
  const editorLoadRef = useRef(-1)
  /** The report as it is now: the editor's body and the store's fields. */
  const currentReport = useCallback((): Report => {
    const { report, editor: e, loadId } = loadedRef.current
    const live = e && editorLoadRef.current === loadId ? e : null
    return { ...report, fields: fieldStore.get(), body: live ? (live.getJSON() as BodyNode) : report.body }
  }, [loadedRef, fieldStore])
  const { counts, recount } = useReportCounts(currentReport)

  const onError = useCallback(
    (text: string, said?: Said) => latestRef.current.setStatus({ kind: 'error', text, said }),
    [latestRef],
  )
  const autosave = useAutosave({
    loadId: doc.loadId,
    docToken: doc.docToken,
    isDirty: openDoc.isDirty,
    snapshot: currentReport,
    onError,
  })
  const choice = useChoiceDialog()
  const askConflict = useConflictQuestion(choice.ask)
  const save = useSave({
    openDoc,
    currentReport,
    askConflict,
    autosave,
    afterSave: args.afterSave,
    setStatus: args.setStatus,
  })
  const guard = useUnsavedGuard({
    ask: choice.ask,
    isDirty: openDoc.isDirty,
    name: () => doc.fileName ?? args.untitled,
    save: () => save(false),
  })
  const loads = useReportLoads({ openDoc, autosave, setStatus: args.setStatus })

  const edited = useCallback(() => {
    markEdited()
    latestRef.current.onEdit()
    autosave.schedule()
    recount()
  }, [autosave, latestRef, markEdited, recount])
  useEffect(() => fieldStore.subscribe(edited), [edited, fieldStore])

  const onEditorReady = useCallback(
    (e: Editor) => {
      editorLoadRef.current = loadedRef.current.loadId
      setEditor(e)
      recount()
    },
    [loadedRef, recount],
  )
  /** A new, unsaved report replaces this one once the guard lets it; false when the officer kept this one. */
  const loadNew = useCallback(
    async (report: Report) => {
      if (!(await guard())) return false
      loads.loadNew(report)
      return true
    },
    [guard, loads],
  )

  const open = useCallback(async () => {
    if (!(await guard())) return
    loads.loadOpened(await api().openDraft())
  }, [guard, loads])

  /** Main asks before the window closes: Lưu / Không lưu / Hủy, then the answer (a clean close drops the backup). */
  const answerClose = useCallback(async () => {
    const proceed = await guard()
    // No backup may land after the clean close removed it.
    if (proceed) await autosave.discard()
    await api().answerClose({ proceed, backupId: autosave.backupId() })
  }, [autosave, guard])

  return {
    openDoc,
    editor,
    counts,
    fieldStore,
    currentReport,
    autosave,
    choice,
    save,
    guard,
    loads,
    loadNew,
    open,
    answerClose,
    onEditorReady,
    onEditorChange: edited,
  }
}
