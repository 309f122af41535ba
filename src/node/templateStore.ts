import { join } from 'node:path'
import { parseTemplateBytes } from '@shared/templates/parseTemplate'
import {
  TEMPLATE_EXTENSION,
  type LoadedTemplate,
  type Template,
  type TemplateProblem,
  type TemplateSource,
} from '@shared/templates/templateSchema'
import { vietnameseCollator } from '@shared/people/people'
import { writeFileAtomic } from './atomicWrite'
import { nodeFileSystem, type FileSystem } from './fileSystem'

export interface TemplateCatalog {
  /** Built-ins first, then the officer's own, each group in Vietnamese order of names. */
  templates: LoadedTemplate[]
  /** Files that were skipped, each with the file, the field and the problem. */
  problems: TemplateProblem[]
}

function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

/** "giao-ban" → "giao-ban-2" (or -3, …) so a new template never replaces another. */
export function uniqueTemplateId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 60)}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

/**
 * Built-in templates (read-only, shipped in `templates/`) and the officer's own (a folder in the user
 * data folder). Every listing re-reads both folders, so a template saved now is there after a restart;
 * a broken file is reported and skipped and never stops the others.
 */
export class TemplateStore {
  constructor(
    private readonly builtinDir: string,
    /** Null where there is no user folder (the CLI without `--user-templates`). */
    private readonly userDir: string | null,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {}

  async list(): Promise<TemplateCatalog> {
    const problems: TemplateProblem[] = []
    const builtins = await this.readFolder(this.builtinDir, 'builtin', problems)
    const users = this.userDir ? await this.readFolder(this.userDir, 'user', problems) : []
    const templates: LoadedTemplate[] = []
    const byId = new Map<string, LoadedTemplate>()
    for (const loaded of [...builtins, ...users]) {
      const first = byId.get(loaded.template.id)
      if (first) {
        problems.push({
          fileName: loaded.fileName,
          source: loaded.source,
          field: 'id',
          message: `mã mẫu "${loaded.template.id}" trùng với mẫu "${first.fileName}" nên mẫu này bị bỏ qua`,
          en: `the template id "${loaded.template.id}" is the same as that of "${first.fileName}", so this template is skipped`,
        })
        continue
      }
      byId.set(loaded.template.id, loaded)
      templates.push(loaded)
    }
    return { templates, problems }
  }

  async get(id: string): Promise<LoadedTemplate | null> {
    return (await this.list()).templates.find((t) => t.template.id === id) ?? null
  }

  /** Saves a user template under a fresh id (never over another template) and returns it as listed. */
  async saveUserTemplate(template: Template): Promise<LoadedTemplate> {
    const userDir = this.userDir
    if (!userDir) throw new Error('không có thư mục mẫu của người dùng')
    const { templates } = await this.list()
    const taken = new Set(templates.map((t) => t.template.id))
    // Files that failed to load still own their names: never overwrite what the officer may repair.
    for (const name of await this.jsonFiles(userDir).catch(() => []))
      taken.add(name.slice(0, -TEMPLATE_EXTENSION.length))
    const id = uniqueTemplateId(template.id, taken)
    const saved: Template = { ...template, id }
    const fileName = `${id}${TEMPLATE_EXTENSION}`
    await this.fs.mkdir(userDir)
    const bytes = new TextEncoder().encode(JSON.stringify(saved, null, 2) + '\n')
    await writeFileAtomic(join(userDir, fileName), bytes, this.fs)
    return { template: saved, source: 'user', fileName }
  }

  private async jsonFiles(dir: string): Promise<string[]> {
    const names = await this.fs.readdir(dir)
    return names
      .filter((n) => n.toLowerCase().endsWith(TEMPLATE_EXTENSION) && !n.startsWith('.'))
      .sort((a, b) => a.localeCompare(b))
  }

  private async readFolder(
    dir: string,
    source: TemplateSource,
    problems: TemplateProblem[],
  ): Promise<LoadedTemplate[]> {
    let names: string[]
    try {
      names = await this.jsonFiles(dir)
    } catch (error) {
      // No user folder yet simply means no user templates; a missing built-in folder is worth saying.
      if (source === 'builtin' || errnoCode(error) !== 'ENOENT') {
        problems.push({
          fileName: dir,
          source,
          field: '',
          message: `không đọc được thư mục mẫu (${errnoCode(error) || String(error)})`,
          en: `the template folder could not be read (${errnoCode(error) || String(error)})`,
        })
      }
      return []
    }
    const loaded: LoadedTemplate[] = []
    for (const fileName of names) {
      let bytes: Uint8Array
      try {
        bytes = await this.fs.readFile(join(dir, fileName))
      } catch (error) {
        problems.push({
          fileName,
          source,
          field: '',
          message: `không đọc được tệp (${errnoCode(error) || String(error)})`,
          en: `the file could not be read (${errnoCode(error) || String(error)})`,
        })
        continue
      }
      const parsed = parseTemplateBytes(bytes)
      if (parsed.ok) loaded.push({ template: parsed.template, source, fileName })
      else problems.push({ fileName, source, field: parsed.field, message: parsed.message, en: parsed.en })
    }
    return loaded.sort((a, b) => vietnameseCollator.compare(a.template.name, b.template.name))
  }
}
