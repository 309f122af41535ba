import type { ReportFields } from '../model/fields'
import type { PersonRecord } from '../people/people'
import type { PrintLayout, UnitSettings, WebPhotoSettings } from '../settings/settings'
import type { TemplateFieldKey } from '../templates/templateSchema'

/** A photo as the check needs it: what the draft stores of it. */
export interface CheckPhoto {
  alt: string
  /** Percent of the text width it prints at. */
  width: number
  pixelWidth: number | null
  pixelHeight: number | null
  bytes: number
  mime: string
}

/**
 * A block of body text in document order. A field shown inside it counts as U+FFFC and a line break
 * as "\n", one character each, as each is one position in the editor.
 */
export interface CheckBlock {
  text: string
  /** The paragraph's role in the template ("lead", "conclusion"), if any. */
  role: string | null
  /** Set on a photo's caption block. */
  photo: CheckPhoto | null
  /** Whether the block is inside a table (numbers and punctuation there are often lists). */
  inTable: boolean
}

/** Everything the check reads: the report as blocks and fields, and the unit's conventions. */
export interface CheckInput {
  fields: ReportFields
  blocks: CheckBlock[]
  /** The template's required fields; the title and the byline when the template is not known. */
  required: readonly TemplateFieldKey[]
  unit: Pick<UnitSettings, 'toneStyle' | 'closingMark'> & {
    printLayout: PrintLayout
    webPhotos: WebPhotoSettings
  }
  /** The people directory, for titles written differently from it. */
  directory: readonly PersonRecord[]
}

export const FIELD_IN_TEXT = '\uFFFC'
