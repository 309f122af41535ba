import { describe, expect, it } from 'vitest'
import { sendEvent, type RendererTarget } from '@main/ipc/sendEvent'
import { EVENTS, MENU_COMMANDS } from '@shared/ipc/contract'

function recordingTarget(): RendererTarget & { sent: Array<{ channel: string; payload: unknown }> } {
  const sent: Array<{ channel: string; payload: unknown }> = []
  return { sent, send: (channel, payload) => void sent.push({ channel, payload }) }
}

describe('sendEvent, main’s one way to send the renderer an event', () => {
  it('sends each declared event on its contract channel', () => {
    const target = recordingTarget()
    for (const command of MENU_COMMANDS) sendEvent(target, 'menuCommand', command)
    sendEvent(target, 'exportProgress', { format: 'docx', done: 3, total: 10 })
    expect(target.sent).toEqual([
      ...MENU_COMMANDS.map((payload) => ({ channel: EVENTS.menuCommand.channel, payload })),
      { channel: EVENTS.exportProgress.channel, payload: { format: 'docx', done: 3, total: 10 } },
    ])
  })

  it('refuses an event the contract does not declare, at compile time and at run time', () => {
    const target = recordingTarget()
    // @ts-expect-error not an event of the contract
    expect(() => sendEvent(target, 'deleteFiles', 'all')).toThrow(/không có trong hợp đồng IPC/)
    // @ts-expect-error an inherited property is not an event either
    expect(() => sendEvent(target, 'toString', 'x')).toThrow(/không có trong hợp đồng IPC/)
    expect(target.sent).toEqual([])
  })

  it('refuses a payload its schema rejects, and sends nothing', () => {
    const target = recordingTarget()
    // @ts-expect-error not a menu command
    expect(() => sendEvent(target, 'menuCommand', 'formatDisk')).toThrow(/Dữ liệu không hợp lệ cho sự kiện/)
    // A negative step gets past the type (a number) but not the schema.
    expect(() => sendEvent(target, 'exportProgress', { format: 'docx', done: -1, total: 2 })).toThrow(
      /exportProgress/,
    )
    expect(() => sendEvent(target, 'exportProgress', { format: 'html', done: 1, total: 0 })).toThrow()
    expect(target.sent).toEqual([])
  })

  it('sends nothing, and does not fail, when there is no window', () => {
    expect(() => sendEvent(null, 'menuCommand', 'save')).not.toThrow()
    expect(() => sendEvent(undefined, 'exportProgress', { format: 'docx', done: 0, total: 1 })).not.toThrow()
  })
})
