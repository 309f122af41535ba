import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { AppInfo, ExportProgress, IpcCall, IpcName, UiLanguage } from '@shared/ipc/contract'
import { safeExternalUrl, WEB_LINK_REFUSED, WEB_LINK_REFUSED_EN } from '../security/policy'
import { DocSessions } from '@node/docSessions'
import type { FileSystem } from '@node/fileSystem'
import type { JobPort } from '@node/jobs/jobProtocol'
import { workerJobPort } from '@node/jobs/workerJobPort'
import { RECENT_FILES_NAME, RecentFiles } from '@node/recentFiles'
import { RecoveryStore } from '@node/recoveryStore'
import { createDraftHandlers } from './draftHandlers'
import { PeopleStore } from '@node/peopleStore'
import { UserDictionaryStore } from '@node/userDictionaryStore'
import { SettingsStore } from '@node/settingsStore'
import { TemplateStore } from '@node/templateStore'
import { createPeopleHandlers } from './peopleHandlers'
import { createUserDictionaryHandlers } from './userDictionaryHandlers'
import { createSettingsHandlers } from './settingsHandlers'
import { createTemplateHandlers } from './templateHandlers'
import { createRecoveryHandlers, type WindowPort } from './recoveryHandlers'
import { CLIPBOARD_UNAVAILABLE, type ClipboardPort, type DialogPort, type ShellPort } from './ports'
import { describeError, describeErrorEn } from '@shared/text/describeError'
import { createExportHandlers } from './exportHandlers'
import { createTextFileHandlers } from './textFileHandlers'
import { currentUnit } from '@shared/settings/settings'
import { answeringIn } from '../ipc/inLanguage'

export type Handlers = { [K in IpcName]: IpcCall<K> }

export interface HandlerDeps {
  appInfo: AppInfo
  /** The renderer's interface language, on start and on each switch (the shell rebuilds its menu). */
  onUiLanguage?: (language: UiLanguage) => void
  dialogs: DialogPort
  shell: ShellPort
  sessions?: DocSessions
  fs?: FileSystem
  now?: () => Date
  onFileUsed?: (path: string) => void
  /** Backups and the recent-files list live here; a private temp folder when omitted (tests). */
  userDataDir?: string
  recovery?: RecoveryStore
  recent?: RecentFiles
  /** The close handshake's other end; absent in tests that do not close a window. */
  window?: WindowPort
  /** The built-in templates; `templates/` under the current folder when omitted (tests, CLI from the repo). */
  templatesDir?: string
  templates?: TemplateStore
  settings?: SettingsStore
  people?: PeopleStore
  userDictionary?: UserDictionaryStore
  /** The system clipboard ("Sao chép cho web"); absent in tests that do not copy. */
  clipboard?: ClipboardPort
  /** Sends an export's progress to the window (the `exportProgress` event); absent in tests. */
  onExportProgress?: (progress: ExportProgress) => void
  /** Where drafts are read and exported, off main: the app's utility processes; worker threads in tests. */
  jobs?: JobPort
}

/** The folders main keeps its own files in, under the user data folder. */
export function userDataPaths(userDataDir: string) {
  return {
    recovery: join(userDataDir, 'recovery'),
    recentFiles: join(userDataDir, RECENT_FILES_NAME),
    userTemplates: join(userDataDir, 'templates'),
    root: userDataDir,
  }
}

/** Every IPC handler, built from plain dependencies: the app passes Electron's, tests pass their own. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const sessions = deps.sessions ?? new DocSessions()
  const paths = userDataPaths(deps.userDataDir ?? join(tmpdir(), `soantin-${randomBytes(6).toString('hex')}`))
  const recent = deps.recent ?? new RecentFiles(paths.recentFiles, deps.now, deps.fs)
  const jobs = deps.jobs ?? workerJobPort()
  const drafts = createDraftHandlers({
    dialogs: deps.dialogs,
    sessions,
    recent,
    fs: deps.fs,
    now: deps.now,
    onFileUsed: deps.onFileUsed,
    jobs,
  })
  const recovery = createRecoveryHandlers({
    recovery: deps.recovery ?? new RecoveryStore(paths.recovery, deps.now, deps.fs),
    sessions,
    window: deps.window,
  })
  const settingsStore = deps.settings ?? new SettingsStore(paths.root, deps.fs, deps.now)
  const templates = createTemplateHandlers({
    templates:
      deps.templates ??
      new TemplateStore(deps.templatesDir ?? resolve('templates'), paths.userTemplates, deps.fs),
  })
  const settings = createSettingsHandlers(settingsStore)
  const exports = createExportHandlers({
    dialogs: deps.dialogs,
    clipboard: deps.clipboard,
    shell: deps.shell,
    fs: deps.fs,
    printLayout: async () => currentUnit((await settingsStore.load()).settings).printLayout,
    webPhotos: async () => currentUnit((await settingsStore.load()).settings).webPhotos,
    onExportProgress: deps.onExportProgress,
    jobs,
  })
  const people = createPeopleHandlers({
    store: deps.people ?? new PeopleStore(paths.root, deps.now, deps.fs),
    dialogs: deps.dialogs,
    fs: deps.fs,
  })
  const userWords = createUserDictionaryHandlers(
    deps.userDictionary ?? new UserDictionaryStore(paths.root, deps.fs, deps.now),
  )
  const textFiles = createTextFileHandlers({ dialogs: deps.dialogs, fs: deps.fs })
  // Failures are written in both languages; the window gets the one it shows.
  let language: UiLanguage = 'vi'
  const handlers: Handlers = {
    getAppInfo: async () => deps.appInfo,
    setUiLanguage: async ({ language: chosen }) => {
      language = chosen
      deps.onUiLanguage?.(chosen)
      return { ok: true }
    },
    listTemplates: () => templates.listTemplates(),
    saveAsTemplate: (request) => templates.saveAsTemplate(request),
    getSettings: () => settings.getSettings(),
    saveSettings: (request) => settings.saveSettings(request),
    listPeople: () => people.listPeople(),
    rememberPeople: (request) => people.rememberPeople(request),
    savePerson: (request) => people.savePerson(request),
    deletePeople: (request) => people.deletePeople(request),
    mergePeople: (request) => people.mergePeople(request),
    importPeople: () => people.importPeople(),
    exportPeople: () => people.exportPeople(),
    listUserWords: () => userWords.listUserWords(),
    addUserWords: (request) => userWords.addUserWords(request),
    openDraft: () => drafts.openDraft(),
    saveDraft: (request) => drafts.saveDraft(request),
    saveDraftAs: (request) => drafts.saveDraftAs(request),
    listRecentFiles: () => drafts.listRecentFiles(),
    openRecentFile: (request) => drafts.openRecentFile(request),
    openPendingFile: () => drafts.openPendingFile(),
    backupDraft: (request) => recovery.backupDraft(request),
    discardBackup: (request) => recovery.discardBackup(request),
    listRecoverable: (request) => recovery.listRecoverable(request),
    restoreBackup: (request) => recovery.restoreBackup(request),
    answerClose: (request) => recovery.answerClose(request),
    exportHtml: (request) => exports.exportHtml(request),
    copyForWeb: (request) => exports.copyForWeb(request),
    readClipboard: async () => {
      if (!deps.clipboard) return CLIPBOARD_UNAVAILABLE
      try {
        const { html, text } = await deps.clipboard.read()
        return { ok: true, html, text }
      } catch (error) {
        return {
          ok: false,
          message: `Không đọc được bộ nhớ tạm: ${describeError(error)}`,
          en: `Could not read the clipboard: ${describeErrorEn(error)}`,
        }
      }
    },
    exportDocx: (request) => exports.exportDocx(request),
    importTextFile: () => textFiles.importTextFile(),
    openExport: (request) => exports.openExport(request),
    openExternal: async ({ url }) => {
      const target = safeExternalUrl(url)
      if (target === null) return { ok: false, message: WEB_LINK_REFUSED, en: WEB_LINK_REFUSED_EN }
      // Reviewed for Electronegativity: `target` is the link policy's normalised form, and the app's port
      // (openWebLink in src/main/window.ts) checks it again before shell.openExternal.
      await deps.shell.openExternal(target) // eng-disable OPEN_EXTERNAL_JS_CHECK
      return { ok: true }
    },
  }
  return answeringIn(handlers, () => language)
}
