export declare const WEBP_WASM_SOURCE: string
export declare const WEBP_WASM_MODULE: string
export declare function webpWasmModuleText(wasm: Uint8Array): string
