import { IPC, type IpcName } from '@shared/ipc/contract'
import {
  MAX_NESTING_DEPTH,
  nestsDeeperThan,
  TOO_DEEP_MESSAGE,
  TOO_DEEP_MESSAGE_EN,
} from '@shared/model/nestingDepth'
import { zodIssueEnglish } from '@shared/model/zodIssueEnglish'
import type { Handlers } from '../handlers/createHandlers'
import { inLanguage, languageOf } from './inLanguage'
import { scrubPaths, scrubResponse } from './scrubPaths'
import { describeError } from '@shared/text/describeError'

const NAME_BY_CHANNEL = new Map<string, IpcName>(
  (Object.keys(IPC) as IpcName[]).map((name) => [IPC[name].channel, name]),
)

export function ipcNameForChannel(channel: string): IpcName | undefined {
  return NAME_BY_CHANNEL.get(channel)
}

/**
 * Validates a renderer payload against the contract and runs its handler. Electron's registration and
 * the e2e harness both go through here, so both get the same checks.
 */
export async function dispatchIpc(handlers: Handlers, channel: string, payload?: unknown): Promise<unknown> {
  const name = NAME_BY_CHANNEL.get(channel)
  if (!name) throw new Error(`Kênh IPC không hợp lệ: ${channel}`)
  // Refused before any handler runs, so put in the window's language here.
  const refuse = (vi: string, en: string) =>
    inLanguage(
      {
        ok: false,
        message: `Dữ liệu gửi từ giao diện không hợp lệ${vi}`,
        en: `The window sent invalid data${en}`,
      },
      languageOf(handlers),
    )
  // The schemas recurse into report bodies: refuse absurd nesting before it can overflow the stack.
  if (nestsDeeperThan(payload, MAX_NESTING_DEPTH)) {
    return refuse(`. ${TOO_DEEP_MESSAGE}`, `. ${TOO_DEEP_MESSAGE_EN}`)
  }
  const schema = IPC[name].request
  if (schema === null) {
    if (payload !== undefined) {
      return refuse(' (lệnh này không nhận dữ liệu).', ' (this command takes none).')
    }
    return run(handlers[name] as () => Promise<unknown>)
  }
  const parsed = schema.safeParse(payload)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.')
    return refuse(
      ` (${where || 'dữ liệu'}: ${issue?.message ?? ''}).`,
      ` (${where || 'data'}: ${issue ? zodIssueEnglish(issue) : ''}).`,
    )
  }
  const handler = handlers[name] as (request: unknown) => Promise<unknown>
  return run(() => handler(parsed.data))
}

/** Handlers pass system errors on in their messages; the renderer must never see a path in them. */
async function run(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return scrubResponse(await call())
  } catch (error) {
    throw new Error(scrubPaths(describeError(error)))
  }
}
