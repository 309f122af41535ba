import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MenuCommand } from '../../../shared/ipc/contract'
import type { Report } from '../../../shared/model/report'
import { countWords } from '../../../shared/text/wordCount'
import { AssetUrls } from '../editor/assetUrls'
import { readImageFile } from '../editor/readImageFile'
import { ReportEditor } from '../editor/ReportEditor'
import { Toolbar } from '../editor/Toolbar'
import { changeLanguage, type Language } from '../i18n/setupI18n'
import { api } from './api'
import { newReport } from './newReport'
import { useShortcuts } from './useShortcuts'
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

  const onChange = useCallback(
    (e: Editor) => {
      if (!dirtyRef.current) {
        dirtyRef.current = true
        setDirty(true)
      }
      recount(e)
    },
    [recount],
  )

  const markClean = () => {
    dirtyRef.current = false
    setDirty(false)
  }

  const confirmDiscard = () => !dirtyRef.current || window.confirm(t('confirm.discard'))

  const currentReport = useCallback(
    (): Report => (editor ? { ...doc.report, body: editor.getJSON() as Report['body'] } : doc.report),
    [doc.report, editor],
  )

  const save = useCallback(
    async (as: boolean) => {
      const request = { docToken: doc.docToken, report: currentReport() }
      const result = as ? await api().saveDraftAs(request) : await api().saveDraft(request)
      if (!result.ok) {
        if (!result.canceled) setStatus({ kind: 'error', text: result.message })
        return
      }
      setDoc((d) => ({ ...d, report: request.report, docToken: result.docToken, fileName: result.fileName }))
      markClean()
      setStatus({ kind: 'info', text: t('status.saved', { name: result.fileName }) })
    },
    [currentReport, doc.docToken, t],
  )

  const open = useCallback(async () => {
    if (!confirmDiscard()) return
    const result = await api().openDraft(null)
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t])

  const create = useCallback(() => {
    if (!confirmDiscard()) return
    setDoc((d) => ({ report: newReport(), docToken: null, fileName: null, loadId: d.loadId + 1 }))
    markClean()
    setStatus(null)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t])

  const run = useCallback(
    (command: MenuCommand) => {
      if (command === 'new') create()
      else if (command === 'open') void open()
      else if (command === 'save') void save(false)
      else if (command === 'saveAs') void save(true)
      else if (command === 'undo') editor?.commands.undo()
      else if (command === 'redo') editor?.commands.redo()
      else if (command === 'about')
        void api()
          .getAppInfo(null)
          .then((info) => window.alert(t('about', { version: info.version })))
    },
    [create, editor, open, save, t],
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
      <main className="st-main">
        <ReportEditor
          key={doc.loadId}
          initialBody={doc.report.body}
          fields={doc.report.fields}
          assetUrls={assetUrls}
          onReady={onReady}
          onChange={onChange}
        />
      </main>
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
