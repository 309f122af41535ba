import { getSchema } from '@tiptap/core'
import { Node as PmNode, type Schema } from '@tiptap/pm/model'
import type { z } from '../model/zodLocale'
import { zodIssueEnglish } from '../model/zodIssueEnglish'
import type { BodyNode } from '../model/body'
import { bodyExtensions } from '../body/bodyExtensions'
import { deepNfc } from '../text/normalize'
import { BRIDGE_POINTS_NODE, bridgePointsAttrs } from '../nodes/bridgePointsNode'
import { FIELD_NODE, fieldNameOf } from '../nodes/fieldNode'
import { FIGURE_NODE } from '../nodes/figureNode'
import { templateKeyOfNode } from '../nodes/templateKeyOfNode'
import { templateSchema, type Template, type TemplateFieldKey } from './templateSchema'
import { jsonSyntaxProblem } from '../text/jsonSyntaxProblem'

/** Largest template file accepted; a real one is a few kilobytes. */
const MAX_TEMPLATE_BYTES = 1024 * 1024

/** What is wrong with a template, and where; `en` is the same for the English interface. */
type TemplateIssue = { field: string; message: string; en: string }

type TemplateParseResult = { ok: true; template: Template } | ({ ok: false } & TemplateIssue)

let cachedSchema: Schema | undefined
function schema(): Schema {
  cachedSchema ??= getSchema(bodyExtensions())
  return cachedSchema
}

const fail = (field: string, message: string, en: string): TemplateParseResult => ({
  ok: false,
  field,
  message,
  en,
})

/** Reads a template from raw bytes (size and UTF-8 checked first). Never throws. */
export function parseTemplateBytes(bytes: Uint8Array): TemplateParseResult {
  if (bytes.byteLength === 0) return fail('', 'tệp trống', 'the file is empty')
  if (bytes.byteLength > MAX_TEMPLATE_BYTES)
    return fail(
      '',
      'tệp quá lớn (tối đa 1 MB) để là một mẫu báo cáo',
      'the file is too large (at most 1 MB) to be a report template',
    )
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail('', 'tệp không phải văn bản UTF-8', 'the file is not UTF-8 text')
  }
  return parseTemplateText(text)
}

/** Reads a template from its JSON text: schema first, then the body and the fields it places. */
export function parseTemplateText(text: string): TemplateParseResult {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const problem = jsonSyntaxProblem(text, error)
    return fail('', problem.vi, problem.en)
  }
  const parsed = templateSchema.safeParse(deepNfc(raw))
  if (!parsed.success) return fromZod(parsed.error)
  const problem = checkTemplate(parsed.data)
  return problem ? { ok: false, ...problem } : { ok: true, template: parsed.data }
}

function fromZod(error: z.ZodError): TemplateParseResult {
  const issue = error.issues[0]
  if (!issue) return fail('', 'sai kiểu dữ liệu', 'wrong kind of data')
  const path = issue.path.map(String)
  if (issue.code === 'unrecognized_keys' && issue.keys[0]) {
    const key = issue.keys[0]
    return fail(
      [...path, key].join('.'),
      `trường không có trong định dạng mẫu: "${key}"`,
      `a field the template format does not have: "${key}"`,
    )
  }
  return fail(path.join('.'), issue.message, zodIssueEnglish(issue))
}

/** Checks the zod schema cannot express: a well-formed body whose fields are all declared. */
export function checkTemplate(template: Template): TemplateIssue | null {
  const declared = new Set<TemplateFieldKey>()
  for (const [i, f] of template.fields.entries()) {
    if (declared.has(f.name))
      return {
        field: `fields.${i}.name`,
        message: `trường "${f.name}" khai báo hai lần`,
        en: `the field "${f.name}" is declared twice`,
      }
    declared.add(f.name)
  }
  for (const key of Object.keys(template.defaults) as TemplateFieldKey[]) {
    if (!declared.has(key)) {
      return {
        field: `defaults.${key}`,
        message: `có giá trị mặc định nhưng trường "${key}" không có trong "fields"`,
        en: `has a default value, but the field "${key}" is not in "fields"`,
      }
    }
  }
  try {
    PmNode.fromJSON(schema(), template.body).check()
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      field: 'body',
      message: `thân mẫu không đúng cấu trúc văn bản (${detail})`,
      en: `the template's body is not a well-formed text (${detail})`,
    }
  }
  return checkBodyNode(template.body, 'body', declared)
}

function checkBodyNode(node: BodyNode, path: string, declared: Set<TemplateFieldKey>): TemplateIssue | null {
  const key = templateKeyOfNode(node)
  if (node.type === FIELD_NODE.name) {
    const name = fieldNameOf(node.attrs)
    if (!name)
      return {
        field: `${path}.attrs.name`,
        message: `không có trường tên "${String(node.attrs?.name)}"`,
        en: `there is no field named "${String(node.attrs?.name)}"`,
      }
    if (key && !declared.has(key)) {
      return {
        field: `${path}.attrs.name`,
        message: `trường "${name}" dùng trong thân mẫu nhưng "${key}" không có trong "fields"`,
        en: `the field "${name}" is used in the body, but "${key}" is not in "fields"`,
      }
    }
  } else if (key && !declared.has(key)) {
    return {
      field: path,
      message: `khối "${node.type}" cần trường "${key}" trong "fields"`,
      en: `the block "${node.type}" needs the field "${key}" in "fields"`,
    }
  }
  if (node.type === BRIDGE_POINTS_NODE.name) {
    const { pattern, patternNoChair: noChair } = bridgePointsAttrs(node.attrs)
    if (pattern && !(pattern.includes('{place}') && pattern.includes('{chair}'))) {
      return {
        field: `${path}.attrs.pattern`,
        message: 'mẫu câu điểm cầu phải có cả {place} và {chair}',
        en: 'the bridge-point sentence pattern must have both {place} and {chair}',
      }
    }
    if (noChair && !noChair.includes('{place}')) {
      return {
        field: `${path}.attrs.patternNoChair`,
        message: 'mẫu câu điểm cầu (không người chủ trì) phải có {place}',
        en: 'the bridge-point sentence pattern (without a chair) must have {place}',
      }
    }
  }
  if (node.type === FIGURE_NODE.name) {
    return {
      field: path,
      message: 'mẫu không chứa ảnh; ảnh được chèn khi soạn báo cáo',
      en: 'a template holds no photos; photos are inserted while writing the report',
    }
  }
  for (const [i, child] of (node.content ?? []).entries()) {
    const problem = checkBodyNode(child, `${path}.content.${i}`, declared)
    if (problem) return problem
  }
  return null
}
