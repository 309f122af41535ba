import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  MOZJPEG_WASM_MODULE,
  MOZJPEG_WASM_SOURCES,
  mozjpegWasmModuleText,
} from '../../../scripts/gen-mozjpeg-wasm.mjs'

describe('the JPEG codec built into the exporter', () => {
  it('is the installed @jsquash/jpeg binaries (regenerate with node scripts/gen-mozjpeg-wasm.mjs)', () => {
    const expected = mozjpegWasmModuleText(
      readFileSync(MOZJPEG_WASM_SOURCES.decoder),
      readFileSync(MOZJPEG_WASM_SOURCES.encoder),
    )
    expect(readFileSync(MOZJPEG_WASM_MODULE, 'utf8')).toBe(expected)
  })
})
