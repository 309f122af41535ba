export declare const MOZJPEG_WASM_SOURCES: { decoder: string; encoder: string }
export declare const MOZJPEG_WASM_MODULE: string
export declare function mozjpegWasmModuleText(decoder: Uint8Array, encoder: Uint8Array): string
