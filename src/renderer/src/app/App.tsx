import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUnsavedGuard } from '../dialogs/useUnsavedGuard'
import { AssetUrls } from '../editor/assetUrls'
import { ReportEditor } from '../editor/ReportEditor'
import { Toolbar } from '../editor/Toolbar'
import { DocxExportStatus } from '../export/DocxExportStatus'
import { useDocxExport } from '../export/useDocxExport'
import { useTemplateWorkspace } from '../panel/useTemplateWorkspace'
import { useWebOutput } from '../preview/useWebOutput'
import { useStartup } from '../start/useStartup'
import { api } from '../ipc/api'
import { FileBar } from './FileBar'
import type { StatusMessage } from './status'
import { StatusBar } from './StatusBar'
import { useAutosave } from './useAutosave'
import { useCommands } from './useCommands'
import { useInsertImage } from './useInsertImage'
import { useOpenDocument } from './useOpenDocument'
import { useReportLoads } from './useReportLoads'
import { useSave } from './useSave'
import { useWordCount } from './useWordCount'
import { AboutDialog } from '../dialogs/AboutDialog'

/**
 * The window: wires the open report, the editor, the field panel, saving, backups and the commands.
 * Every path that replaces the report asks Lưu / Không lưu / Hủy first (`unsaved.guard`).
 */
export function App() {
  const { t } = useTranslation()
  const openDoc = useOpenDocument(t('app.untitled'))
  const { doc } = openDoc
  const [editor, setEditor] = useState<Editor | null>(null)
  const [status, setStatus] = useState<StatusMessage | null>(null)
  const [aboutVersion, setAboutVersion] = useState<string | null>(null)
  const { words, recount } = useWordCount()
  const assetUrls = useMemo(() => new AssetUrls(doc.report.assets), [doc.report.assets])

  // Every edit (body or fields): counted, hides the start panel, schedules a backup. Set below, once
  // the hooks it calls exist; kept small because it runs on every keystroke.
  const edited = useRef<() => void>(() => undefined)

  const unsaved = useUnsavedGuard({
    isDirty: openDoc.isDirty,
    name: () => doc.fileName ?? t('app.untitled'),
    save: () => save(false),
  })

  const workspace = useTemplateWorkspace({
    report: doc.report,
    loadId: doc.loadId,
    getBody: () => (editor ? (editor.getJSON() as typeof doc.report.body) : null),
    onFieldsChanged: () => edited.current(),
    loadNew: async (report) => {
      if (!(await unsaved.guard())) return false
      loads.loadNew(report)
      return true
    },
    setStatus,
  })
  const { currentReport, afterSave } = workspace

  const autosave = useAutosave({
    loadId: doc.loadId,
    docToken: doc.docToken,
    isDirty: openDoc.isDirty,
    snapshot: () => currentReport(),
    onError: (text) => setStatus({ kind: 'error', text }),
  })
  const save = useSave({
    openDoc,
    currentReport,
    askConflict: unsaved.askConflict,
    autosave,
    afterSave,
    setStatus,
  })
  const loads = useReportLoads({ openDoc, autosave, setStatus })
  const docxExport = useDocxExport(currentReport)
  const web = useWebOutput({ editor, fieldStore: workspace.fieldStore, currentReport, report: doc.report })
  const insertImage = useInsertImage({ editor, openDoc, assetUrls, setStatus })

  const open = useCallback(async () => {
    if (!(await unsaved.guard())) return
    loads.loadOpened(await api().openDraft(null))
  }, [loads, unsaved])

  const startup = useStartup({
    loadOpened: loads.loadOpened,
    loadRestored: loads.loadRestored,
    guard: () => unsaved.guard(),
    currentBackupId: () => autosave.backupId(),
    onNew: () => workspace.openGallery(),
    onOpen: () => void open(),
    onError: (text) => setStatus({ kind: 'error', text }),
  })

  useEffect(() => {
    edited.current = () => {
      openDoc.markEdited()
      startup.dismiss()
      autosave.schedule()
    }
  })

  const onReady = useCallback(
    (e: Editor) => {
      setEditor(e)
      recount(e)
    },
    [recount],
  )
  const onChange = useCallback(
    (e: Editor) => {
      edited.current()
      recount(e)
    },
    [recount],
  )

  /** Main asks before the window closes: Lưu / Không lưu / Hủy, then the answer (a clean close drops the backup). */
  const answerClose = async () => {
    const proceed = await unsaved.guard()
    // No backup may land after the clean close removed it.
    if (proceed) await autosave.discard()
    await api().answerClose({ proceed, backupId: autosave.backupId() })
  }

  const run = useCommands({
    // New shows the gallery; the question about unsaved changes comes when a template replaces the report.
    new: () => workspace.openGallery(),
    open: () => void open(),
    save: () => void save(false),
    saveAs: () => void save(true),
    undo: () => editor?.commands.undo(),
    redo: () => editor?.commands.redo(),
    nextReport: () => void workspace.nextReport(),
    openPending: () => void startup.openPending(),
    closeRequest: () => void answerClose(),
    saveAsTemplate: () => workspace.openSaveAsTemplate(),
    exportDocx: () => void docxExport.start(),
    exportHtml: () => void web.exportHtml(),
    copyForWeb: () => void web.copyForWeb(),
    about: () =>
      void api()
        .getAppInfo(null)
        .then((info) => setAboutVersion(info.version)),
  })

  return (
    <div className="st-app">
      <AboutDialog version={aboutVersion} onClose={() => setAboutVersion(null)} />
      <header className="st-header">
        <FileBar run={run} webButtons={web.buttons} />
        {editor && <Toolbar editor={editor} onInsertImage={(f) => void insertImage(f)} />}
      </header>
      <div className="st-workspace">
        <main className="st-main">
          {startup.panel}
          <ReportEditor
            key={doc.loadId}
            initialBody={doc.report.body}
            fieldStore={workspace.fieldStore}
            onEditField={workspace.onEditField}
            assetUrls={assetUrls}
            onReady={onReady}
            onChange={onChange}
          />
        </main>
        {web.pane}
        {workspace.panel}
      </div>
      {workspace.dialogs}
      {unsaved.element}
      {startup.dialog}
      <DocxExportStatus
        state={docxExport.state}
        onOpen={(target) => void docxExport.open(target)}
        onDismiss={docxExport.dismiss}
      />
      {web.status}
      <StatusBar words={words} dirty={openDoc.dirty} status={status} />
    </div>
  )
}
