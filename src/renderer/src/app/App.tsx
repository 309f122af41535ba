import type { Said } from '@shared/text/said'
import { useCallback, useRef, useState } from 'react'
import { countFindings } from '@shared/check/runCheck'
import { currentUnit } from '@shared/settings/settings'
import { useTranslation } from 'react-i18next'
import { CheckPanel } from '../check/CheckPanel'
import { useCheck } from '../check/useCheck'
import { AboutDialog } from '../dialogs/AboutDialog'
import { ChoiceDialog } from '../dialogs/ChoiceDialog'
import { EditorContextMenu } from '../editor/contextMenu/EditorContextMenu'
import { applyToneStyle } from '../editor/tone/applyToneStyle'
import { legacyEncodingName } from '../editor/legacy/legacyEncodingName'
import { ShortcutsDialog } from '../help/ShortcutsDialog'
import { useAssetUrls } from '../editor/useAssetUrls'
import { ReportEditor } from '../editor/ReportEditor'
import { Toolbar } from '../editor/Toolbar'
import { PhotoToolbar } from '../editor/photo/PhotoToolbar'
import { DocxExportStatus } from '../export/DocxExportStatus'
import { useDocxExport } from '../export/useDocxExport'
import { SaveTemplateDialog } from '../gallery/SaveTemplateDialog'
import { TemplateGallery } from '../gallery/TemplateGallery'
import { useTemplates } from '../gallery/useTemplates'
import { api } from '../ipc/api'
import { FindBar } from '../find/FindBar'
import { openFindBar } from '../find/findBarState'
import { FieldPanel } from '../panel/FieldPanel'
import { focusFieldInput } from '../panel/fieldInputIds'
import { ThemeSettingsDialog } from '../panel/ThemeSettingsDialog'
import { usePeople } from '../panel/usePeople'
import { PeopleDirectoryDialog } from '../panel/PeopleDirectoryDialog'
import { useSettings } from '../panel/useSettings'
import { useSpellCheck } from '../spell/useSpellCheck'
import { PreviewPane } from '../preview/PreviewPane'
import { usePreview } from '../preview/usePreview'
import { useWebExport } from '../preview/useWebExport'
import { WebButtons } from '../preview/WebButtons'
import { WebExportStatus } from '../preview/WebExportStatus'
import { RecoveryDialog } from '../start/RecoveryDialog'
import { StartPanel } from '../start/StartPanel'
import { useStartPanel } from '../start/useStartPanel'
import { useStartup } from '../start/useStartup'
import { CrashBoundary } from './CrashBoundary'
import { changeEditorZoom, useEditorZoom } from './editorZoom'
import { FileBar } from './FileBar'
import type { StatusMessage } from '../status/statusMessage'
import { StatusBar } from './StatusBar'
import { useCommands } from './useCommands'
import { useDialogs } from './useDialogs'
import { insertImagesInOrder, useInsertImage } from './useInsertImage'
import { insertTextFile } from './insertTextFile'
import { useMenuLanguage } from './useMenuLanguage'
import { usePrintPageCount } from './usePrintPageCount'
import { useReportSession } from './useReportSession'
import { useReplaceImage } from './useReplaceImage'
import { useZoomShortcuts } from './useShortcuts'

/**
 * The window. Every path that replaces the report asks Lưu / Không lưu / Hủy first (`session.guard`);
 * the state lives in the hooks, and this is the whole tree.
 */
export function App() {
  const { t } = useTranslation()
  const [status, setStatus] = useState<StatusMessage | null>(null)
  const showError = useCallback((text: string, said?: Said) => setStatus({ kind: 'error', text, said }), [])
  const [aboutVersion, setAboutVersion] = useState<string | null>(null)
  // The load whose editor or preview failed: closing then neither asks nor drops its backup.
  const [crashedLoad, setCrashedLoad] = useState<number | null>(null)
  const dialogs = useDialogs()
  const startPanel = useStartPanel()
  const { people, rememberPeopleOf, setPeople } = usePeople()
  const session = useReportSession({
    untitled: t('app.untitled'),
    setStatus,
    afterSave: rememberPeopleOf,
    onEdit: startPanel.hide,
  })
  const { openDoc, editor, fieldStore, currentReport, loads } = session
  const { doc } = openDoc
  const assetUrls = useAssetUrls(doc.loadId, doc.report.assets)
  const { settings, saveSettings } = useSettings({ fieldStore, setStatus })
  const templates = useTemplates({
    templateId: doc.report.templateId,
    fieldStore,
    settings,
    currentReport,
    loadNew: session.loadNew,
    closeDialog: dialogs.close,
    setStatus,
  })
  useSpellCheck({ settings, people, templates: templates.list, fieldStore, setStatus })
  const startup = useStartup({
    loadOpened: loads.loadOpened,
    loadRestored: loads.loadRestored,
    guard: session.guard,
    currentBackupId: session.autosave.backupId,
    hidePanel: startPanel.hide,
    onError: showError,
  })
  const docx = useDocxExport(currentReport)
  const web = useWebExport(currentReport)
  const zoom = useEditorZoom()
  const workArea = useRef<HTMLDivElement>(null)
  const preview = usePreview({
    editor,
    fieldStore,
    currentReport,
    report: doc.report,
    area: workArea,
    editorZoom: zoom,
  })
  const printLayout = settings ? currentUnit(settings).printLayout : undefined
  const pages = usePrintPageCount({ editor, fieldStore, currentReport, layout: printLayout })
  const insertImage = useInsertImage({ editor, openDoc, assetUrls, setStatus })
  const replaceImage = useReplaceImage({ editor, openDoc, assetUrls, setStatus })
  useZoomShortcuts(changeEditorZoom)
  useMenuLanguage()
  const [checkOpen, setCheckOpen] = useState(false)
  const check = useCheck({
    editor,
    fieldStore,
    assets: doc.report.assets,
    settings,
    template: templates.template,
    people,
  })
  const checkCounts = countFindings(check.result.findings)
  // Export warns, never blocks: the check runs on the report as it is, and its findings stay in view.
  const warnBeforeExport = () => {
    const { errors, warnings } = countFindings(check.runNow().findings)
    if (errors + warnings === 0) return
    setCheckOpen(true)
    setStatus({ kind: 'info', key: 'check.exportWarning', params: { errors, warnings } })
  }
  const placeToneMarks = () => {
    if (!editor || !settings) return
    const style = currentUnit(settings).toneStyle
    const count = applyToneStyle(editor, fieldStore, style)
    const styleName = { key: style === 'old' ? 'tone.old' : 'tone.new' } as const
    setStatus({
      kind: 'info',
      key: count ? 'tone.applied' : 'tone.nothing',
      params: { count, style: styleName },
    })
  }

  const run = useCommands({
    // New shows the gallery; the question about unsaved changes comes when a template replaces the report.
    new: () => dialogs.show('gallery'),
    open: () => void session.open(),
    save: () => void session.save(false),
    saveAs: () => void session.save(true),
    undo: () => editor?.commands.undo(),
    redo: () => editor?.commands.redo(),
    nextReport: () => void templates.nextReport(),
    openPending: () => void startup.openPending(),
    closeRequest: () =>
      void (crashedLoad === doc.loadId
        ? api().answerClose({ proceed: true, backupId: null })
        : session.answerClose()),
    saveAsTemplate: () => dialogs.show('saveTemplate'),
    // The View menu zooms the page being written, as Ctrl+= does, never the whole window.
    zoomIn: () => changeEditorZoom('in'),
    zoomOut: () => changeEditorZoom('out'),
    zoomReset: () => changeEditorZoom('reset'),
    find: () => openFindBar('find'),
    replace: () => openFindBar('replace'),
    shortcuts: () => dialogs.show('shortcuts'),
    peopleDirectory: () => dialogs.show('people'),
    exportDocx: () => {
      warnBeforeExport()
      void docx.start()
    },
    exportHtml: () => {
      warnBeforeExport()
      void web.exportPage()
    },
    copyForWeb: () => {
      warnBeforeExport()
      void web.copyForWeb()
    },
    applyToneStyle: placeToneMarks,
    insertTextFile: () => void insertTextFile(editor, setStatus),
    prepublicationCheck: () => {
      check.runNow()
      setCheckOpen(true)
    },
    about: () =>
      void api()
        .getAppInfo()
        .then((info) => setAboutVersion(info.version)),
  })

  return (
    <div className="st-app">
      <AboutDialog version={aboutVersion} onClose={() => setAboutVersion(null)} />
      <ShortcutsDialog open={dialogs.dialog === 'shortcuts'} onClose={dialogs.close} />
      {editor && <EditorContextMenu editor={editor} onError={showError} onStatus={setStatus} />}
      <header className="st-header">
        <FileBar
          run={run}
          webButtons={
            <WebButtons
              separateImages={web.separateImages}
              onSeparateImages={web.setSeparateImages}
              onExport={() => run('exportHtml')}
              onCopy={() => run('copyForWeb')}
              previewOpen={preview.mode !== null}
              onTogglePreview={() => preview.setMode((m) => (m ? null : 'web'))}
            />
          }
        />
        {editor && <Toolbar editor={editor} onInsertImage={(f) => void insertImage(f)} />}
        {editor && <PhotoToolbar editor={editor} onReplace={(f, p) => void replaceImage(f, p)} />}
      </header>
      <div className="st-workspace">
        <CrashBoundary
          loadId={doc.loadId}
          currentReport={currentReport}
          loadedReport={doc.report}
          onCrash={() => setCrashedLoad(doc.loadId)}
        >
          {/* The editor page and the preview share this area; a preview shown as a tab covers the
              page, which stays mounted (hidden) so its undo history and caret survive. */}
          <div className="st-work-area" ref={workArea}>
            <main className={preview.mode && preview.asTab ? 'st-main st-main-behind' : 'st-main'}>
              {startPanel.shown && (
                <StartPanel
                  recent={startup.recent}
                  onNew={() => dialogs.show('gallery')}
                  onOpen={() => void session.open()}
                  onOpenRecent={(id) => void startup.openRecent(id)}
                  onDismiss={startPanel.hide}
                />
              )}
              {editor && <FindBar editor={editor} fieldStore={fieldStore} />}
              {/* CSS zoom scales only the page being written, not the toolbar, panel or status bar. */}
              <div className="st-editor-zoom" style={{ zoom: zoom / 100 }}>
                <ReportEditor
                  key={doc.loadId}
                  initialBody={doc.report.body}
                  fieldStore={fieldStore}
                  onEditField={focusFieldInput}
                  assetUrls={assetUrls}
                  onReady={session.onEditorReady}
                  onChange={session.onEditorChange}
                  onPhotoFiles={(files, at) => void insertImagesInOrder(insertImage, files, at)}
                  onLegacyPaste={(encoding) =>
                    setStatus({
                      kind: 'info',
                      key: 'legacy.pasteConverted',
                      params: { encoding: legacyEncodingName(encoding) },
                    })
                  }
                />
              </div>
            </main>
            {editor && (
              <CheckPanel
                open={checkOpen}
                result={check.result}
                runNow={check.runNow}
                editor={editor}
                fieldStore={fieldStore}
                onClose={() => setCheckOpen(false)}
              />
            )}
            {preview.mode && (
              <PreviewPane
                mode={preview.mode}
                html={preview.html}
                builds={preview.builds}
                error={preview.error}
                layout={preview.layout}
                onMode={preview.setMode}
                onClose={preview.close}
                asTab={preview.asTab}
                placement={preview.placement}
                onPlacement={preview.setPlacement}
              />
            )}
          </div>
        </CrashBoundary>
        <FieldPanel
          key={doc.loadId}
          store={fieldStore}
          template={templates.template}
          people={people}
          settings={settings}
          onOpenSettings={() => dialogs.show('settings')}
          onStatus={setStatus}
          onOpenPeople={() => dialogs.show('people')}
          onLegacyPaste={(encoding) =>
            setStatus({
              kind: 'info',
              key: 'legacy.fieldPasteConverted',
              params: { encoding: legacyEncodingName(encoding) },
            })
          }
        />
      </div>
      <TemplateGallery
        open={dialogs.dialog === 'gallery'}
        settings={settings}
        onClose={dialogs.close}
        onCreate={templates.createFrom}
      />
      <SaveTemplateDialog
        open={dialogs.dialog === 'saveTemplate'}
        defaults={templates.saveDefaults}
        onSave={templates.saveAsTemplate}
        onClose={dialogs.close}
      />
      {settings && (
        <ThemeSettingsDialog
          open={dialogs.dialog === 'settings'}
          settings={settings}
          onSave={saveSettings}
          onClose={dialogs.close}
        />
      )}
      <PeopleDirectoryDialog
        open={dialogs.dialog === 'people'}
        people={people}
        onPeople={setPeople}
        onClose={dialogs.close}
      />
      {session.choice.question && (
        <ChoiceDialog
          key={session.choice.question.title + session.choice.question.message}
          {...session.choice.question}
          onChoose={session.choice.answer}
        />
      )}
      {startup.recoverable.length > 0 && (
        <RecoveryDialog
          items={startup.recoverable}
          onRestore={(id) => void startup.restore(id)}
          onDiscard={(id) => void startup.discard(id)}
          onClose={startup.closeRecovery}
        />
      )}
      <DocxExportStatus
        state={docx.state}
        onOpen={(target) => void docx.open(target)}
        onDismiss={docx.dismiss}
      />
      <WebExportStatus state={web.state} onOpen={(target) => void web.open(target)} onDismiss={web.dismiss} />
      <StatusBar
        counts={session.counts}
        pages={pages}
        dirty={openDoc.dirty}
        status={status}
        check={{
          ...checkCounts,
          open: checkOpen,
          onToggle: () => (checkOpen ? setCheckOpen(false) : run('prepublicationCheck')),
        }}
      />
    </div>
  )
}
