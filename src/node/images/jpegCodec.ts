import type { RgbaImage } from '@shared/images/encodePng'
import { decodeBase64 } from '@shared/text/base64'
import { MOZJPEG_DECODER_WASM, MOZJPEG_ENCODER_WASM } from './mozjpegWasm'

// The parts of the Emscripten modules used here, typed locally: the package's own types need the DOM.
interface DecoderModule {
  decode(
    data: Uint8Array,
    preserveOrientation: boolean,
  ): { width: number; height: number; data: Uint8ClampedArray } | null
}
interface EncoderModule {
  encode(data: Uint8Array, width: number, height: number, options: MozJpegOptions): Uint8Array
}
type ModuleFactory<T> = (options: {
  noInitialRun: boolean
  instantiateWasm: (imports: object, done: (instance: object) => void) => object
}) => Promise<T>

interface MozJpegOptions {
  quality: number
  baseline: boolean
  arithmetic: boolean
  progressive: boolean
  optimize_coding: boolean
  smoothing: number
  color_space: number
  quant_table: number
  trellis_multipass: boolean
  trellis_opt_zero: boolean
  trellis_opt_table: boolean
  trellis_loops: number
  auto_subsample: boolean
  chroma_subsample: number
  separate_chroma_quality: boolean
  chroma_quality: number
}

interface WasmApi {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: object) => { exports: object }
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly

// Started once per process, on the first photo that needs a copy: the binaries come from this bundle,
// never from a path or the network.
function start<T>(factory: ModuleFactory<T>, wasmBase64: string): Promise<T> {
  const module = new wasmApi.Module(decodeBase64(wasmBase64) ?? new Uint8Array(0))
  return factory({
    noInitialRun: true,
    instantiateWasm(imports, done) {
      const instance = new wasmApi.Instance(module, imports)
      done(instance)
      return instance.exports
    },
  })
}

let decoder: Promise<DecoderModule> | null = null
let encoder: Promise<EncoderModule> | null = null

async function loadDecoder(): Promise<DecoderModule> {
  const glue = (await import('@jsquash/jpeg/codec/dec/mozjpeg_dec.js')) as unknown as {
    default: ModuleFactory<DecoderModule>
  }
  return start(glue.default, MOZJPEG_DECODER_WASM)
}

async function loadEncoder(): Promise<EncoderModule> {
  const glue = (await import('@jsquash/jpeg/codec/enc/mozjpeg_enc.js')) as unknown as {
    default: ModuleFactory<EncoderModule>
  }
  return start(glue.default, MOZJPEG_ENCODER_WASM)
}

/**
 * The pixels of a JPEG, RGBA. MozJPEG applies an EXIF orientation itself: a caller that turns the
 * pixels gives it the file tagged upright. Null when the decoder cannot read the file.
 */
export async function decodeJpeg(bytes: Uint8Array): Promise<RgbaImage | null> {
  decoder ??= loadDecoder()
  try {
    const image = (await decoder).decode(bytes, false)
    if (!image || image.width < 1 || image.height < 1) return null
    return {
      width: image.width,
      height: image.height,
      data: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength),
    }
  } catch {
    // A file the checker let through but the decoder cannot read: the caller keeps the checked original.
    return null
  }
}

/**
 * A baseline-compatible, progressive JPEG of the pixels (alpha ignored), Huffman tables optimised,
 * 4:2:0 chroma, no metadata at all: what every browser, Word and LibreOffice read alike.
 */
export async function encodeJpeg(image: RgbaImage, quality: number): Promise<Uint8Array> {
  encoder ??= loadEncoder()
  const q = Math.round(Math.min(100, Math.max(1, quality)))
  const out = (await encoder).encode(image.data, image.width, image.height, {
    quality: q,
    baseline: false,
    arithmetic: false,
    progressive: true,
    optimize_coding: true,
    smoothing: 0,
    color_space: 3,
    quant_table: 3,
    trellis_multipass: false,
    trellis_opt_zero: false,
    trellis_opt_table: false,
    trellis_loops: 1,
    auto_subsample: true,
    chroma_subsample: 2,
    separate_chroma_quality: false,
    chroma_quality: q,
  })
  // A copy: the view points into the encoder's memory, which the next photo overwrites.
  return out.slice()
}
