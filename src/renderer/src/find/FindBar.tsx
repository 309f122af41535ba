import type { Editor } from '@tiptap/core'
import { useEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { createMatcher, MAX_MATCHES, type FindOptions } from '@shared/text/findMatches'
import type { FieldStore } from '@shared/templates/fieldStore'
import { findInFields, replaceFieldHits } from '@shared/templates/fieldTextSlots'
import { useFields } from '../panel/useFields'
import { closeFindBar, onFindBarOpen, openFindBar, useFindBar } from './findBarState'
import {
  findState,
  replaceAllBodyMatches,
  replaceCurrentBodyMatch,
  selectBodyMatch,
  setFindQuery,
} from './findExtension'
import { openFieldHit } from './openFieldHit'
import { recordFieldReplacement } from './replaceHistory'
import './find.css'

interface Props {
  editor: Editor
  fieldStore: FieldStore
}

/** Ctrl+F opens find, Ctrl+H find and replace, wherever the focus is. */
function useFindKeys(): void {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return
      const key = e.key.toLowerCase()
      if (key !== 'f' && key !== 'h') return
      e.preventDefault()
      openFindBar(key === 'f' ? 'find' : 'replace')
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
}

/** Short single-line text selected in the editor, offered as the query when the bar opens. */
function selectedQuery(editor: Editor): string | null {
  const { from, to, empty } = editor.state.selection
  // A selection left behind by an earlier search (the keyboard is elsewhere) is no new query.
  if (empty || to - from > 100 || !editor.view.hasFocus()) return null
  const text = editor.state.doc.textBetween(from, to, '\n', '')
  return text && !text.includes('\n') ? text : null
}

/**
 * The find bar above the page: searches the body and the field values. Body hits come first, in
 * document order, then field hits in the panel's order; reaching a field hit opens it in the panel.
 */
export function FindBar({ editor, fieldStore }: Props) {
  const { t } = useTranslation()
  useFindKeys()
  const { mode, opens } = useFindBar()
  const [query, setQuery] = useState('')
  const [replacement, setReplacement] = useState('')
  const [options, setOptions] = useState<FindOptions>({
    matchCase: false,
    wholeWord: false,
    ignoreTones: false,
  })
  const [fieldCurrent, setFieldCurrent] = useState<number | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const queryInput = useRef<HTMLInputElement>(null)
  const fields = useFields(fieldStore)
  const open = mode !== null
  const active = open ? query : ''

  // The count follows the body while the bar is open; a key that changes neither the count nor the
  // current hit does not render the bar again.
  useEffect(() => {
    if (!open) return
    let shown = ''
    const onTransaction = () => {
      const { matches, current } = findState(editor.state)
      const now = `${matches.length}:${current}`
      if (now === shown) return
      shown = now
      rerender()
    }
    editor.on('transaction', onTransaction)
    return () => {
      editor.off('transaction', onTransaction)
    }
  }, [editor, open])

  useEffect(() => {
    if (!editor.isDestroyed) setFindQuery(editor.view, active, options)
  }, [editor, active, options])

  // A new search starts with no hit current and no note from the last replace.
  const changeQuery = (next: string) => {
    setQuery(next)
    setFieldCurrent(null)
    setMessage(null)
  }
  const changeOptions = (next: FindOptions) => {
    setOptions(next)
    setFieldCurrent(null)
    setMessage(null)
  }
  useEffect(
    () =>
      onFindBarOpen(() => {
        const selected = selectedQuery(editor)
        if (!selected) return
        setQuery(selected)
        setFieldCurrent(null)
        setMessage(null)
      }),
    [editor],
  )

  useEffect(() => {
    if (opens === 0 || !mode) return
    queryInput.current?.focus()
    queryInput.current?.select()
    // Only a new open request focuses the query; the mode switching alone does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opens])

  const body = findState(editor.state)
  const fieldHits = useMemo(
    () => (active ? findInFields(fields, createMatcher(active, options), MAX_MATCHES) : []),
    [fields, active, options],
  )
  const validFieldCurrent = fieldCurrent !== null && fieldCurrent < fieldHits.length ? fieldCurrent : null
  const total = body.matches.length + fieldHits.length
  const current =
    body.current >= 0
      ? body.current
      : validFieldCurrent !== null
        ? body.matches.length + validFieldCurrent
        : -1

  const goTo = (index: number) => {
    setMessage(null)
    if (index < body.matches.length) {
      setFieldCurrent(null)
      selectBodyMatch(editor.view, index)
      return
    }
    const hit = fieldHits[index - body.matches.length]
    if (!hit) return
    selectBodyMatch(editor.view, -1)
    setFieldCurrent(index - body.matches.length)
    openFieldHit(hit)
  }
  const step = (dir: 1 | -1) => {
    if (total === 0) return
    if (current >= 0) return goTo((current + dir + total) % total)
    // Nothing current yet: start from the caret.
    const caret = editor.state.selection.from
    if (dir === 1) {
      const i = body.matches.findIndex((m) => m.from >= caret)
      return goTo(i >= 0 ? i : body.matches.length < total ? body.matches.length : 0)
    }
    let i = -1
    body.matches.forEach((m, k) => {
      if (m.from < caret) i = k
    })
    goTo(i >= 0 ? i : total - 1)
  }
  const replaceOne = () => {
    if (current < 0) return step(1)
    if (body.current >= 0) {
      replaceCurrentBodyMatch(editor.view, replacement)
      const next = findState(editor.state).current
      if (next >= 0) selectBodyMatch(editor.view, next)
      return
    }
    const hit = validFieldCurrent !== null ? fieldHits[validFieldCurrent] : undefined
    if (!hit) return
    const before = fieldStore.get()
    fieldStore.update((f) => replaceFieldHits(f, [hit], replacement))
    recordFieldReplacement(editor, fieldStore, before, false)
  }
  const replaceAll = () => {
    const before = fieldStore.get()
    const inBody = replaceAllBodyMatches(editor.view, replacement)
    const count = inBody + fieldHits.length
    if (fieldHits.length) {
      fieldStore.update((f) => replaceFieldHits(f, fieldHits, replacement))
      // Ctrl+Z then brings back the body and the fields together, as one step.
      recordFieldReplacement(editor, fieldStore, before, inBody > 0)
    }
    setFieldCurrent(null)
    setMessage(t('find.replaced', { count }))
  }
  const close = () => {
    closeFindBar()
    editor.view.focus()
  }
  const onBarKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return
    e.preventDefault()
    close()
  }
  const onQueryKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    step(e.shiftKey ? -1 : 1)
  }
  // F3 and Shift+F3 step through the hits wherever the keyboard is, while the bar is open.
  const stepRef = useRef(step)
  useEffect(() => {
    stepRef.current = step
  })
  useEffect(() => {
    if (!open) return
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'F3' || e.ctrlKey || e.metaKey || e.altKey) return
      e.preventDefault()
      stepRef.current(e.shiftKey ? -1 : 1)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [open])

  if (!open) return null
  const toggle = (key: keyof FindOptions, label: string) => (
    <label className="st-find-option">
      <input
        type="checkbox"
        checked={options[key]}
        onChange={(e) => changeOptions({ ...options, [key]: e.target.checked })}
      />
      {label}
    </label>
  )
  const totalLabel = total >= MAX_MATCHES ? `${MAX_MATCHES}+` : String(total)
  const count = !query ? '' : total === 0 ? t('find.none') : `${current + 1}/${totalLabel}`
  const inField = validFieldCurrent !== null ? fieldHits[validFieldCurrent] : undefined

  return (
    <div
      className="st-find"
      role="search"
      aria-label={t('find.label')}
      data-testid="find-bar"
      onKeyDown={onBarKey}
    >
      <div className="st-find-row">
        <input
          ref={queryInput}
          className="st-find-input"
          type="text"
          aria-label={t('find.query')}
          placeholder={t('find.query')}
          value={query}
          onChange={(e) => changeQuery(e.target.value)}
          onKeyDown={onQueryKey}
        />
        <span className="st-find-count" data-testid="find-count" aria-live="polite">
          {count}
        </span>
        <button type="button" onClick={() => step(-1)} disabled={total === 0}>
          {t('find.previous')}
        </button>
        <button type="button" onClick={() => step(1)} disabled={total === 0}>
          {t('find.next')}
        </button>
        <button
          type="button"
          className="st-find-close"
          aria-label={t('find.close')}
          title={t('find.close')}
          onClick={close}
        >
          ✕
        </button>
      </div>
      {mode === 'replace' && (
        <div className="st-find-row" data-testid="find-replace-row">
          <input
            className="st-find-input"
            type="text"
            aria-label={t('find.replacement')}
            placeholder={t('find.replacement')}
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return
              e.preventDefault()
              replaceOne()
            }}
          />
          <button type="button" onClick={replaceOne} disabled={total === 0}>
            {t('find.replaceOne')}
          </button>
          <button type="button" onClick={replaceAll} disabled={total === 0}>
            {t('find.replaceAll')}
          </button>
        </div>
      )}
      <div className="st-find-row st-find-options">
        {toggle('matchCase', t('find.matchCase'))}
        {toggle('wholeWord', t('find.wholeWord'))}
        {toggle('ignoreTones', t('find.ignoreTones'))}
        {mode === 'find' && (
          <button type="button" className="st-find-link" onClick={() => openFindBar('replace')}>
            {t('find.showReplace')}
          </button>
        )}
      </div>
      {(message || inField) && (
        <p className="st-find-note" data-testid="find-note">
          {message ?? (inField ? t('find.inField', { field: t(`fields.${inField.key}`) }) : '')}
        </p>
      )}
    </div>
  )
}
