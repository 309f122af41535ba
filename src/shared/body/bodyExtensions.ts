import type { AnyExtension } from '@tiptap/core'
import { getSchema } from '@tiptap/core'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'
import { TextAlign } from '@tiptap/extension-text-align'
import { StarterKit } from '@tiptap/starter-kit'
import { BodyLink } from './bodyLink'
import { Field } from './field'
import type { FieldSource } from './fieldSource'
import { EMPTY_FIELD_SOURCE } from './fieldSource'
import { Figure } from './figure'
import { ParagraphRoleAttribute } from './paragraphRole'
import { BridgePoints, Byline, ReportTitle, ThemeHeader } from './fieldBlockNodes'

/**
 * The report body's schema as TipTap extensions. The editor adds UI-only behaviour on top; tests and
 * exporters use the same list, so the editor can never produce a node the exporters do not know.
 */
export function bodyExtensions(source: FieldSource = EMPTY_FIELD_SOURCE): AnyExtension[] {
  return [
    StarterKit.configure({
      // A trailing empty paragraph would be appended on the first selection change, turning an opened
      // report into an edited one and adding a stray paragraph to exports; the gap cursor covers
      // typing after a final table or photo.
      trailingNode: false,
      code: false,
      codeBlock: false,
      heading: { levels: [2, 3, 4] },
      link: false,
    }),
    BodyLink,
    TextAlign.configure({
      types: ['paragraph', 'heading'],
      alignments: ['left', 'center', 'right', 'justify'],
    }),
    ParagraphRoleAttribute,
    // Columns are dragged to width in the editor; both exporters keep the stored `colwidth`s.
    Table.configure({ resizable: true }),
    TableRow,
    TableHeader,
    TableCell,
    Figure.configure({ source }),
    Field.configure({ source }),
    ThemeHeader.configure({ source }),
    ReportTitle.configure({ source }),
    BridgePoints.configure({ source }),
    Byline.configure({ source }),
  ]
}

export function bodySchema() {
  return getSchema(bodyExtensions())
}
