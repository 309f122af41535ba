import { Packer, type Document } from 'docx'
import { zipSync, type Zippable } from 'fflate'
import type { BuiltDocx } from './buildDocxDocument'

type PackagePart = string | Uint8Array | ArrayBuffer

/** The part of docx's Packer that turns a document into its package parts (before zipping). */
interface PartCompiler {
  compile(
    file: Document,
    prettify: string | undefined,
    overrides: readonly BuiltDocx['overrides'][number][],
  ): Map<string, PackagePart>
}

// docx deflates every part, photos too, though PNG and JPEG are compressed already: for a report with
// ten photos that is about half the packing time, for nothing. Its compiler is not public API, so it
// is looked up and used only when it is there; otherwise `Packer.pack` does the whole job as before.
function partCompiler(): PartCompiler | null {
  const compiler: unknown = Reflect.get(Packer, 'compiler')
  const compile: unknown = compiler && typeof compiler === 'object' ? Reflect.get(compiler, 'compile') : null
  return typeof compile === 'function' ? (compiler as PartCompiler) : null
}

const encoder = new TextEncoder()

function bytesOf(part: PackagePart): Uint8Array {
  return typeof part === 'string'
    ? encoder.encode(part)
    : part instanceof Uint8Array
      ? part
      : new Uint8Array(part)
}

/** True when packing stores photos as they are (the fast path); false when it falls back to docx's own. */
export function storesMediaUncompressed(): boolean {
  return partCompiler() !== null
}

/**
 * Zips a built document into .docx bytes; works in Node and in the browser (no Buffer, no Blob). XML
 * parts are deflated; photos are stored as they are, since deflating a PNG or JPEG gains nothing.
 */
export async function packDocx(built: BuiltDocx): Promise<Uint8Array> {
  const compiler = partCompiler()
  if (!compiler) return Packer.pack(built.document, 'uint8array', false, built.overrides)
  const parts = compiler.compile(built.document, undefined, built.overrides)
  const zippable: Zippable = {}
  for (const [path, part] of parts) {
    const bytes = bytesOf(part)
    zippable[path] = path.startsWith('word/media/') ? [bytes, { level: 0 }] : bytes
  }
  return zipSync(zippable)
}
