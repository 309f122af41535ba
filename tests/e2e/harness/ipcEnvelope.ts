/**
 * How a handler's answer reaches the page in the Chromium harness. Playwright's binding encodes a value
 * node by node, which takes seconds for a ×10 report (a cost of the harness, not of the app's IPC),
 * and is slower still for one long string. So a large answer waits in the harness's server as
 * JSON and the page fetches it once over loopback; small ones ride the binding.
 */
export type IpcEnvelope = { value: unknown } | { held: string }

/** Above this many characters of JSON an answer is fetched, not carried. */
const HELD_ABOVE = 64 * 1024

/** The envelope for `answer`; a large one is put in `held` under a fresh token. */
export function heldAnswer(held: Map<string, string>, answer: unknown): IpcEnvelope {
  if (answer === undefined) return { value: undefined }
  const json = JSON.stringify(answer)
  if (json.length <= HELD_ABOVE) return { value: answer }
  const token = crypto.randomUUID()
  held.set(token, json)
  return { held: token }
}

/** In the page: the answer an envelope stands for. */
export async function openEnvelope(envelope: IpcEnvelope): Promise<unknown> {
  if ('value' in envelope) return envelope.value
  const response = await fetch(`/__ipc/${envelope.held}`)
  if (!response.ok) throw new Error(`harness: held answer ${envelope.held} is gone (${response.status})`)
  return response.json()
}
