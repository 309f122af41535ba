import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  isSaveConflict,
  type IpcResponses,
  type MenuCommand,
  type RestoredDraft,
} from '../../../shared/ipc/contract'
import type { Report } from '../../../shared/model/report'
import { countWords } from '../../../shared/text/wordCount'
import { AssetUrls } from '../editor/assetUrls'
import { readImageFile } from '../editor/readImageFile'
import { ReportEditor } from '../editor/ReportEditor'
import { Toolbar } from '../editor/Toolbar'
import { changeLanguage, type Language } from '../i18n/setupI18n'
import { useTemplateWorkspace } from '../panel/useTemplateWorkspace'
import { DocxExportStatus } from '../export/DocxExportStatus'
import { useDocxExport } from '../export/useDocxExport'
import { useWebOutput } from '../preview/useWebOutput'
import { api } from './api'
import { newReport } from './newReport'
import { useShortcuts } from './useShortcuts'
import { useUnsavedGuard } from '../dialogs/useUnsavedGuard'
import { useStartup } from '../start/useStartup'
import { useAutosave } from './useAutosave'
import { windowTitle } from './windowTitle'

interface OpenDoc {
  report: Report
  docToken: string | null
  fileName: string | null
  /** Bumped on every load so the editor is rebuilt with a fresh undo history. */
  loadId: number
}

const WORD_COUNT_DELAY_MS = 250

export function App() {
  const { t, i18n } = useTranslation()
  const [doc, setDoc] = useState<OpenDoc>(() => ({
    report: newReport(),
    docToken: null,
    fileName: null,
    loadId: 0,
  }))
  const [dirty, setDirty] = useState(false)
  const [editor, setEditor] = useState<Editor | null>(null)
  const [words, setWords] = useState(0)
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null)
  const assetUrls = useMemo(() => new AssetUrls(doc.report.assets), [doc.report.assets])
  const wordTimer = useRef<number | undefined>(undefined)
  const dirtyRef = useRef(false)

  useEffect(() => {
    document.title = windowTitle(doc.fileName, dirty, t('app.untitled'))
  }, [doc.fileName, dirty, t])

  const recount = useCallback((e: Editor) => {
    window.clearTimeout(wordTimer.current)
    wordTimer.current = window.setTimeout(() => {
      setWords(countWords(e.state.doc.textBetween(0, e.state.doc.content.size, ' ', ' ')))
    }, WORD_COUNT_DELAY_MS)
  }, [])

  const onReady = useCallback(
    (e: Editor) => {
      setEditor(e)
      recount(e)
    },
    [recount],
  )

  // Every edit (body or fields) is counted, so a save marks clean only what it actually wrote, and
  // schedules a backup (set once the autosave hook exists, below).
  const changeCount = useRef(0)
  const changed = useRef<() => void>(() => undefined)

  const onChange = useCallback(
    (e: Editor) => {
      if (!dirtyRef.current) {
        dirtyRef.current = true
        setDirty(true)
      }
      changed.current()
      recount(e)
    },
    [recount],
  )

  const markClean = () => {
    dirtyRef.current = false
    setDirty(false)
  }

  // The officer already answered Lưu / Không lưu / Hủy before New and "next report" (see `run`).
  const confirmDiscard = () =>
    !dirtyRef.current || unsaved.discardApproved() || window.confirm(t('confirm.discard'))

  const workspace = useTemplateWorkspace({
    report: doc.report,
    loadId: doc.loadId,
    getBody: () => (editor ? (editor.getJSON() as Report['body']) : null),
    onFieldsChanged: () => {
      if (!dirtyRef.current) {
        dirtyRef.current = true
        setDirty(true)
      }
      changed.current()
    },
    loadNew: (report) => {
      if (!confirmDiscard()) return false
      setDoc((d) => ({ report, docToken: null, fileName: null, loadId: d.loadId + 1 }))
      markClean()
      return true
    },
    setStatus,
  })
  const { currentReport, afterSave, openGallery, nextReport, openSaveAsTemplate } = workspace
  const docxExport = useDocxExport(currentReport)
  const startDocxExport = docxExport.start
  const web = useWebOutput({ editor, fieldStore: workspace.fieldStore, currentReport, report: doc.report })
  const { exportHtml: startHtmlExport, copyForWeb } = web

  const autosave = useAutosave({
    loadId: doc.loadId,
    docToken: doc.docToken,
    isDirty: () => dirtyRef.current,
    snapshot: () => currentReport(),
    onError: (text) => setStatus({ kind: 'error', text }),
  })

  const unsaved = useUnsavedGuard({
    isDirty: () => dirtyRef.current,
    name: () => doc.fileName ?? t('app.untitled'),
    save: () => save(false),
  })

  /** Saves; if another program changed or removed the file, asks before overwriting. True once on disk. */
  const save = useCallback(
    async (as: boolean): Promise<boolean> => {
      let mode: 'save' | 'saveAs' | 'overwrite' = as ? 'saveAs' : 'save'
      for (;;) {
        const before = changeCount.current
        const request = { docToken: doc.docToken, report: currentReport() }
        const result =
          mode === 'saveAs'
            ? await api().saveDraftAs(request)
            : await api().saveDraft({ ...request, overwrite: mode === 'overwrite' })
        if (!result.ok) {
          if (isSaveConflict(result)) {
            const choice = await unsaved.askConflict(result.conflict, result.message)
            if (choice === 'cancel') return false
            mode = choice
            continue
          }
          if (!result.canceled) setStatus({ kind: 'error', text: result.message })
          return false
        }
        setDoc((d) => ({
          ...d,
          report: request.report,
          docToken: result.docToken,
          fileName: result.fileName,
        }))
        // Edits typed while saving stay unsaved (and backed up); otherwise the backup has done its job.
        if (changeCount.current === before) {
          markClean()
          void autosave.discard()
        } else autosave.schedule()
        afterSave(request.report)
        setStatus({ kind: 'info', text: t('status.saved', { name: result.fileName }) })
        return true
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [afterSave, autosave, currentReport, doc.docToken, t],
  )

  const loadOpened = useCallback(
    (result: IpcResponses['openDraft']) => {
      if (!result.ok) {
        if (!result.canceled) setStatus({ kind: 'error', text: result.message })
        return
      }
      setDoc((d) => ({
        report: result.report,
        docToken: result.docToken,
        fileName: result.fileName,
        loadId: d.loadId + 1,
      }))
      markClean()
      setStatus({
        kind: 'info',
        text: result.migratedFrom
          ? t('status.migrated', { version: result.migratedFrom })
          : t('status.opened', { name: result.fileName }),
      })
    },
    [t],
  )

  /** A backup brought back after a crash: unsaved until the officer saves it. */
  const loadRestored = useCallback(
    (restored: RestoredDraft) => {
      autosave.adoptOnNextLoad(restored.backupId)
      setDoc((d) => ({
        report: restored.report,
        docToken: restored.docToken,
        fileName: restored.fileName,
        loadId: d.loadId + 1,
      }))
      dirtyRef.current = true
      setDirty(true)
      setStatus({
        kind: 'info',
        text: t('recovery.restored', { title: restored.report.fields.title || t('app.untitled') }),
      })
    },
    [autosave, t],
  )

  const open = useCallback(async () => {
    if (!(await unsaved.guard())) return
    loadOpened(await api().openDraft(null))
  }, [loadOpened, unsaved])

  // New starts from a template: ask about unsaved changes first, then show the gallery.
  const create = useCallback(async () => {
    if (await unsaved.guard()) openGallery()
  }, [openGallery, unsaved])

  const startup = useStartup({
    loadOpened,
    loadRestored,
    guard: () => unsaved.guard(),
    currentBackupId: () => autosave.backupId(),
    onNew: () => void create(),
    onOpen: () => void open(),
    onError: (text) => setStatus({ kind: 'error', text }),
  })

  useEffect(() => {
    changed.current = () => {
      changeCount.current++
      unsaved.resetApproval()
      startup.dismiss()
      autosave.schedule()
    }
  })

  /** Main asks before the window closes: Lưu / Không lưu / Hủy, then the answer (a clean close drops the backup). */
  const answerClose = useCallback(async () => {
    const proceed = await unsaved.guard()
    // No backup may land after the clean close removed it.
    if (proceed) await autosave.discard()
    await api().answerClose({ proceed, backupId: autosave.backupId() })
  }, [autosave, unsaved])

  const run = useCallback(
    (command: MenuCommand) => {
      if (command === 'new') void create()
      else if (command === 'open') void open()
      else if (command === 'save') void save(false)
      else if (command === 'saveAs') void save(true)
      else if (command === 'undo') editor?.commands.undo()
      else if (command === 'redo') editor?.commands.redo()
      else if (command === 'nextReport') void unsaved.guard().then((ok) => (ok ? nextReport() : undefined))
      else if (command === 'openPending') void startup.openPending()
      else if (command === 'closeRequest') void answerClose()
      else if (command === 'saveAsTemplate') openSaveAsTemplate()
      else if (command === 'exportDocx') void startDocxExport()
      else if (command === 'exportHtml') void startHtmlExport()
      else if (command === 'copyForWeb') void copyForWeb()
      else if (command === 'about')
        void api()
          .getAppInfo(null)
          .then((info) => window.alert(t('about', { version: info.version })))
    },
    [
      answerClose,
      copyForWeb,
      create,
      editor,
      nextReport,
      open,
      openSaveAsTemplate,
      save,
      startDocxExport,
      startHtmlExport,
      startup,
      t,
      unsaved,
    ],
  )

  useShortcuts(run)
  useEffect(() => api().onMenuCommand(run), [run])

  const insertImage = useCallback(
    async (file: File) => {
      if (!editor) return
      const read = await readImageFile(file)
      if (!read.ok) {
        const key = read.reason === 'refused' ? 'status.imageRefused' : 'status.imageBroken'
        setStatus({ kind: 'error', text: t(key, { name: file.name }) })
        return
      }
      const id = crypto.randomUUID()
      const assets = { ...doc.report.assets, [id]: read.asset }
      assetUrls.setAssets(assets)
      setDoc((d) => ({ ...d, report: { ...d.report, assets } }))
      editor
        .chain()
        .focus()
        .insertContent({ type: 'figure', attrs: { assetId: id, alt: '' }, content: [] })
        .run()
    },
    [assetUrls, doc.report.assets, editor, t],
  )

  return (
    <div className="st-app">
      <header className="st-header">
        <div className="st-filebar">
          <button type="button" onClick={() => run('new')}>
            {t('toolbar.new')}
          </button>
          <button type="button" onClick={() => run('open')}>
            {t('toolbar.open')}
          </button>
          <button type="button" onClick={() => run('save')}>
            {t('toolbar.save')}
          </button>
          <button type="button" onClick={() => run('saveAs')}>
            {t('toolbar.saveAs')}
          </button>
          <button type="button" onClick={() => run('exportDocx')}>
            {t('docxExport.button')}
          </button>
          {web.buttons}
          <button type="button" onClick={() => run('nextReport')}>
            {t('templates.next')}
          </button>
          <button type="button" onClick={() => run('saveAsTemplate')}>
            {t('templates.saveAsTemplate')}
          </button>
          <label className="st-lang">
            {t('toolbar.language')}{' '}
            <select value={i18n.language} onChange={(e) => changeLanguage(e.target.value as Language)}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
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
      <footer className="st-status">
        <span data-testid="word-count">{t('status.words', { count: words })}</span>
        {dirty && <span className="st-dirty">{t('app.unsaved')}</span>}
        {status && (
          <span role={status.kind === 'error' ? 'alert' : 'status'} className={`st-msg st-${status.kind}`}>
            {status.text}
          </span>
        )}
      </footer>
    </div>
  )
}
