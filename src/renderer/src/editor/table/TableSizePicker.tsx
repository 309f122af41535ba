import type { Editor } from '@tiptap/core'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ToolIcon } from '../ToolIcon'

/** The largest table the picker offers, as Word's grid does; bigger tables grow from the table toolbar. */
const PICKER_ROWS = 8
const PICKER_COLUMNS = 10
/** Where the highlight starts: the 3 × 3 table the button used to insert straight away. */
const START = { rows: 3, cols: 3 }

interface Size {
  rows: number
  cols: number
}

const clamp = (n: number, max: number) => Math.min(max, Math.max(1, n))

/**
 * "Chèn bảng": a grid of cells to pick rows × columns by pointer (hover, click) or keyboard (arrows,
 * Home/End, Enter), with a "Hàng tiêu đề" checkbox; Esc or a click elsewhere closes it.
 */
export function TableSizePicker({ editor }: { editor: Editor }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [size, setSize] = useState<Size>(START)
  const [header, setHeader] = useState(true)
  const root = useRef<HTMLDivElement>(null)
  const grid = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const id = useId()

  useEffect(() => {
    if (!open) return
    grid.current?.focus()
    const outside = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', outside)
    return () => document.removeEventListener('mousedown', outside)
  }, [open])

  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  const insert = (chosen: Size) => {
    setOpen(false)
    editor.chain().focus().insertTable({ rows: chosen.rows, cols: chosen.cols, withHeaderRow: header }).run()
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, Size> = {
      ArrowRight: { rows: size.rows, cols: clamp(size.cols + 1, PICKER_COLUMNS) },
      ArrowLeft: { rows: size.rows, cols: clamp(size.cols - 1, PICKER_COLUMNS) },
      ArrowDown: { rows: clamp(size.rows + 1, PICKER_ROWS), cols: size.cols },
      ArrowUp: { rows: clamp(size.rows - 1, PICKER_ROWS), cols: size.cols },
      Home: { rows: size.rows, cols: 1 },
      End: { rows: size.rows, cols: PICKER_COLUMNS },
    }
    const next = moves[e.key]
    if (next) setSize(next)
    else if (e.key === 'Enter' || e.key === ' ') insert(size)
    else return
    e.preventDefault()
  }
  const label = t('table.size', { rows: size.rows, cols: size.cols })

  return (
    <div className="st-table-picker" ref={root}>
      <button
        ref={button}
        type="button"
        className={open ? 'st-tool is-active' : 'st-tool'}
        aria-label={t('toolbar.table')}
        title={t('toolbar.table')}
        aria-haspopup="dialog"
        aria-expanded={open}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => (open ? setOpen(false) : (setSize(START), setOpen(true)))}
      >
        <ToolIcon name="table" />
      </button>
      {open && (
        <div
          className="st-table-picker-pop"
          role="dialog"
          aria-label={t('toolbar.table')}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return
            e.preventDefault()
            e.stopPropagation()
            close()
          }}
        >
          <div
            ref={grid}
            className="st-table-picker-grid"
            role="grid"
            tabIndex={0}
            aria-label={t('table.picker')}
            aria-activedescendant={`${id}-${size.rows}-${size.cols}`}
            aria-describedby={`${id}-size`}
            data-testid="table-size-grid"
            onKeyDown={onKeyDown}
          >
            {Array.from({ length: PICKER_ROWS }, (_, r) => (
              <div role="row" key={r} className="st-table-picker-row">
                {Array.from({ length: PICKER_COLUMNS }, (_, c) => {
                  const chosen = r < size.rows && c < size.cols
                  return (
                    <div
                      key={c}
                      id={`${id}-${r + 1}-${c + 1}`}
                      role="gridcell"
                      aria-selected={chosen}
                      aria-label={t('table.size', { rows: r + 1, cols: c + 1 })}
                      className={chosen ? 'st-table-picker-cell is-chosen' : 'st-table-picker-cell'}
                      data-size={`${r + 1}x${c + 1}`}
                      onMouseEnter={() => setSize({ rows: r + 1, cols: c + 1 })}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => insert({ rows: r + 1, cols: c + 1 })}
                    />
                  )
                })}
              </div>
            ))}
          </div>
          <div className="st-table-picker-size" id={`${id}-size`} aria-live="polite">
            {label}
          </div>
          <label className="st-table-picker-header">
            <input type="checkbox" checked={header} onChange={(e) => setHeader(e.target.checked)} />
            {t('table.headerRow')}
          </label>
        </div>
      )}
    </div>
  )
}
