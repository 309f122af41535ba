import type { ChainedCommands } from '@tiptap/core'
import type { Messages } from '../../i18n/vi'
type Label = keyof Messages['table']

interface TableAction {
  key: string
  label: Label
  run(chain: ChainedCommands): ChainedCommands
}

/** Word's table layout tools, in its order; a `|` entry is a separator. */
export const TABLE_ACTIONS: (TableAction | '|')[] = [
  { key: 'rowAbove', label: 'rowAbove', run: (c) => c.addRowBefore() },
  { key: 'rowBelow', label: 'rowBelow', run: (c) => c.addRowAfter() },
  { key: 'columnLeft', label: 'columnLeft', run: (c) => c.addColumnBefore() },
  { key: 'columnRight', label: 'columnRight', run: (c) => c.addColumnAfter() },
  '|',
  { key: 'deleteRow', label: 'deleteRow', run: (c) => c.deleteRow() },
  { key: 'deleteColumn', label: 'deleteColumn', run: (c) => c.deleteColumn() },
  { key: 'deleteTable', label: 'deleteTable', run: (c) => c.deleteTable() },
  '|',
  { key: 'merge', label: 'merge', run: (c) => c.mergeCells() },
  { key: 'split', label: 'split', run: (c) => c.splitCell() },
  { key: 'toggleHeader', label: 'toggleHeader', run: (c) => c.toggleHeaderRow() },
  '|',
  { key: 'alignLeft', label: 'alignLeft', run: (c) => c.setCellAttribute('align', 'left') },
  { key: 'alignCenter', label: 'alignCenter', run: (c) => c.setCellAttribute('align', 'center') },
  { key: 'alignRight', label: 'alignRight', run: (c) => c.setCellAttribute('align', 'right') },
]
