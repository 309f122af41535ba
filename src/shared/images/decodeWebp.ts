import { decodeBase64 } from '../text/base64'
import type { RgbaImage } from './encodePng'
import { WEBP_DECODER_WASM } from './webpDecoderWasm'

interface WebpDecoder {
  memory: { readonly buffer: ArrayBuffer }
  malloc(size: number): number
  free(pointer: number): void
  /** libwebp's `WebPDecodeRGBA(data, size, &width, &height)`: a pointer to the pixels, 0 on failure. */
  WebPDecodeRGBA(data: number, size: number, width: number, height: number): number
}

// After a large photo the decoder's memory stays grown; past this it is dropped and made anew.
const KEPT_MEMORY_BYTES = 64 * 1024 * 1024

// The part of the WebAssembly API used here: typed locally, since Node's lib types lack it.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: object) => { exports: object }
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly

let decoder: WebpDecoder | null = null

function loadDecoder(): WebpDecoder {
  const refuse = () => {
    throw new Error('WASI')
  }
  const module = new wasmApi.Module(decodeBase64(WEBP_DECODER_WASM) ?? new Uint8Array(0))
  const instance = new wasmApi.Instance(module, {
    wasi_snapshot_preview1: { fd_close: refuse, fd_seek: refuse, fd_write: refuse },
  })
  return instance.exports as unknown as WebpDecoder
}

function decodeWith(wasm: WebpDecoder, bytes: Uint8Array): RgbaImage | null {
  const input = wasm.malloc(bytes.length)
  const size = wasm.malloc(8)
  if (!input || !size) return null
  new Uint8Array(wasm.memory.buffer, input, bytes.length).set(bytes)
  const pixels = wasm.WebPDecodeRGBA(input, bytes.length, size, size + 4)
  wasm.free(input)
  // Read after the call: the memory may have grown, which replaces its buffer.
  const [width = 0, height = 0] = new Uint32Array(wasm.memory.buffer, size, 2)
  wasm.free(size)
  if (!pixels) return null
  const data = new Uint8Array(wasm.memory.buffer, pixels, width * height * 4).slice()
  wasm.free(pixels)
  return { width, height, data }
}

/**
 * A still WebP (lossy VP8 or lossless VP8L, with or without alpha) as RGBA, decoded by libwebp compiled
 * to WebAssembly, so it runs the same in Node, Electron's main process and the CLI. Null for a file
 * libwebp refuses (damaged, or animated). The caller checks the declared size first.
 */
export function decodeWebp(bytes: Uint8Array): RgbaImage | null {
  try {
    decoder ??= loadDecoder()
    return decodeWith(decoder, bytes)
  } catch {
    // A trap (out of memory inside the module) leaves its heap in an unknown state.
    decoder = null
    return null
  } finally {
    if (decoder && decoder.memory.buffer.byteLength > KEPT_MEMORY_BYTES) decoder = null
  }
}
