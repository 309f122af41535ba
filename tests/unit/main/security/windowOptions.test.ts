import { describe, expect, it } from 'vitest'
import { mainWindowOptions, newMainWindow, type MainWindowOptions } from '@main/security/windowOptions'

const PRELOAD = '/opt/Soạn Tin/resources/app.asar/out/preload/index.js'

describe('editor window options', () => {
  const prefs = mainWindowOptions(PRELOAD).webPreferences

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
  ] as const)('sets %s to %s explicitly, not by relying on a default', (name, value) => {
    expect(Object.hasOwn(prefs, name)).toBe(true)
    expect(prefs[name]).toBe(value)
  })

  it('loads the preload from the path main gives it, and nothing else', () => {
    expect(prefs.preload).toBe(PRELOAD)
  })

  it('holds no preference beyond the reviewed list (a new one must be added here on purpose)', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    )
  })

  it('enables no Blink feature and no Node-flavoured option', () => {
    const text = JSON.stringify(mainWindowOptions(PRELOAD))
    for (const risky of [
      'enableBlinkFeatures',
      'enableRemoteModule',
      'nodeIntegration":true',
      'additionalArguments',
    ]) {
      expect(text).not.toContain(risky)
    }
  })

  it('hands exactly these options to the window constructor it is given', () => {
    const received: MainWindowOptions[] = []
    class RecordingWindow {
      constructor(options: MainWindowOptions) {
        received.push(options)
      }
    }
    const win = newMainWindow(RecordingWindow, PRELOAD)
    expect(win).toBeInstanceOf(RecordingWindow)
    expect(received).toEqual([mainWindowOptions(PRELOAD)])
  })

  it('starts hidden, so the page is shown only once it is ready', () => {
    expect(mainWindowOptions(PRELOAD).show).toBe(false)
  })
})
