import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WEBP_WASM_MODULE, WEBP_WASM_SOURCE, webpWasmModuleText } from '../../../../scripts/gen-webp-wasm.mjs'

describe('the WebP decoder built into the exporter', () => {
  it('is the installed @cwasm/webp binary (regenerate with node scripts/gen-webp-wasm.mjs)', () => {
    expect(readFileSync(WEBP_WASM_MODULE, 'utf8')).toBe(webpWasmModuleText(readFileSync(WEBP_WASM_SOURCE)))
  })
})
