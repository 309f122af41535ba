import type { AppInfo, IpcName, IpcRequest, IpcResponses } from '../../shared/ipc/contract'
import { isSafeExternalUrl } from '../security/policy'
import { DocSessions } from '../services/docSessions'
import type { FileSystem } from '../services/fileSystem'
import { createDraftHandlers } from './draftHandlers'
import type { DialogPort, ShellPort } from './ports'

export type Handlers = { [K in IpcName]: (request: IpcRequest<K>) => Promise<IpcResponses[K]> }

export interface HandlerDeps {
  appInfo: AppInfo
  dialogs: DialogPort
  shell: ShellPort
  sessions?: DocSessions
  fs?: FileSystem
  now?: () => Date
  onFileUsed?: (path: string) => void
}

/** Every IPC handler, built from plain dependencies: the app passes Electron's, tests pass their own. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const drafts = createDraftHandlers({
    dialogs: deps.dialogs,
    sessions: deps.sessions ?? new DocSessions(),
    fs: deps.fs,
    now: deps.now,
    onFileUsed: deps.onFileUsed,
  })
  return {
    getAppInfo: async () => deps.appInfo,
    openDraft: () => drafts.openDraft(),
    saveDraft: (request) => drafts.saveDraft(request),
    saveDraftAs: (request) => drafts.saveDraftAs(request),
    openExternal: async ({ url }) => {
      if (!isSafeExternalUrl(url)) return { ok: false, message: 'Chỉ mở được liên kết web (http, https).' }
      await deps.shell.openExternal(url)
      return { ok: true }
    },
  }
}
