import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AboutDialog } from '../dialogs/AboutDialog'
import { ChoiceDialog } from '../dialogs/ChoiceDialog'
import { useAssetUrls } from '../editor/useAssetUrls'
import { ReportEditor } from '../editor/ReportEditor'
import { Toolbar } from '../editor/Toolbar'
import { DocxExportStatus } from '../export/DocxExportStatus'
import { useDocxExport } from '../export/useDocxExport'
import { SaveTemplateDialog } from '../gallery/SaveTemplateDialog'
import { TemplateGallery } from '../gallery/TemplateGallery'
import { useTemplates } from '../gallery/useTemplates'
import { api } from '../ipc/api'
import { FieldPanel } from '../panel/FieldPanel'
import { focusFieldInput } from '../panel/fieldInputIds'
import { ThemeSettingsDialog } from '../panel/ThemeSettingsDialog'
import { usePeople } from '../panel/usePeople'
import { useSettings } from '../panel/useSettings'
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
import { useReportSession } from './useReportSession'
import { useZoomShortcuts } from './useShortcuts'

/**
 * The window. Every path that replaces the report asks Lưu / Không lưu / Hủy first (`session.guard`);
 * the state lives in the hooks, and this is the whole tree.
 */
export function App() {
  const { t } = useTranslation()
  const [status, setStatus] = useState<StatusMessage | null>(null)
  const [aboutVersion, setAboutVersion] = useState<string | null>(null)
  // The load whose editor or preview failed: closing then neither asks nor drops its backup.
  const [crashedLoad, setCrashedLoad] = useState<number | null>(null)
  const dialogs = useDialogs()
  const startPanel = useStartPanel()
  const { people, rememberPeopleOf } = usePeople()
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
  const startup = useStartup({
    loadOpened: loads.loadOpened,
    loadRestored: loads.loadRestored,
    guard: session.guard,
    currentBackupId: session.autosave.backupId,
    hidePanel: startPanel.hide,
    onError: (text) => setStatus({ kind: 'error', text }),
  })
  const docx = useDocxExport(currentReport)
  const web = useWebExport(currentReport)
  const preview = usePreview({ editor, fieldStore, currentReport, report: doc.report })
  const insertImage = useInsertImage({ editor, openDoc, assetUrls, setStatus })
  const zoom = useEditorZoom()
  useZoomShortcuts(changeEditorZoom)

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
    exportDocx: () => void docx.start(),
    exportHtml: () => void web.exportPage(),
    copyForWeb: () => void web.copyForWeb(),
    about: () =>
      void api()
        .getAppInfo()
        .then((info) => setAboutVersion(info.version)),
  })

  return (
    <div className="st-app">
      <AboutDialog version={aboutVersion} onClose={() => setAboutVersion(null)} />
      <header className="st-header">
        <FileBar
          run={run}
          webButtons={
            <WebButtons
              separateImages={web.separateImages}
              onSeparateImages={web.setSeparateImages}
              onExport={() => void web.exportPage()}
              onCopy={() => void web.copyForWeb()}
              previewOpen={preview.mode !== null}
              onTogglePreview={() => preview.setMode((m) => (m ? null : 'web'))}
            />
          }
        />
        {editor && <Toolbar editor={editor} onInsertImage={(f) => void insertImage(f)} />}
      </header>
      <div className="st-workspace">
        <CrashBoundary
          loadId={doc.loadId}
          currentReport={currentReport}
          loadedReport={doc.report}
          onCrash={() => setCrashedLoad(doc.loadId)}
        >
          <main className="st-main">
            {startPanel.shown && startup.recent.length > 0 && (
              <StartPanel
                recent={startup.recent}
                onNew={() => dialogs.show('gallery')}
                onOpen={() => void session.open()}
                onOpenRecent={(id) => void startup.openRecent(id)}
                onDismiss={startPanel.hide}
              />
            )}
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
              />
            </div>
          </main>
          {preview.mode && (
            <PreviewPane
              mode={preview.mode}
              html={preview.html}
              builds={preview.builds}
              error={preview.error}
              layout={preview.layout}
              onMode={preview.setMode}
              onClose={() => preview.setMode(null)}
            />
          )}
        </CrashBoundary>
        <FieldPanel
          key={doc.loadId}
          store={fieldStore}
          template={templates.template}
          people={people}
          settings={settings}
          onOpenSettings={() => dialogs.show('settings')}
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
      <StatusBar words={session.words} dirty={openDoc.dirty} status={status} />
    </div>
  )
}
