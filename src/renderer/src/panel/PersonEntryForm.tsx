import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DirectoryEntry } from '@shared/people/people'
import { DialogFooter } from '../dialogs/DialogFooter'
import { entryOfDraft, type EntryDraft, type TitleDraft } from './entryDraft'

interface Props {
  initial: EntryDraft
  /** Saves and resolves to null, or to the reason it failed (shown in the form, nothing is lost). */
  onSave(original: string | null, entry: DirectoryEntry): Promise<string | null>
  onCancel(): void
}

/** One person of the directory: name, unit, and each title with when it is held. */
export function PersonEntryForm({ initial, onSave, onCancel }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const setRow = (i: number, change: Partial<TitleDraft>) =>
    setDraft((d) => ({ ...d, titles: d.titles.map((r, j) => (j === i ? { ...r, ...change } : r)) }))

  const submit = async () => {
    const checked = entryOfDraft(draft)
    if ('badPeriod' in checked) return setError(t('people.periodBad', { value: checked.badPeriod }))
    const failure = await onSave(draft.original, checked.entry)
    setError(failure)
  }

  return (
    <form
      className="st-dialog-form st-people-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <h3>
        {initial.original === null
          ? t('people.addHeading')
          : t('people.editHeading', { name: initial.original })}
      </h3>
      <label htmlFor="st-people-name">{t('people.name')}</label>
      <input
        id="st-people-name"
        type="text"
        autoFocus
        spellCheck={false}
        value={draft.name}
        onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
      />
      <label htmlFor="st-people-unit">{t('people.unit')}</label>
      <input
        id="st-people-unit"
        type="text"
        value={draft.unit}
        onChange={(e) => setDraft((d) => ({ ...d, unit: e.target.value }))}
      />
      <fieldset>
        <legend>{t('people.titles')}</legend>
        <p className="st-muted">{t('people.periodHint')}</p>
        {draft.titles.map((row, i) => (
          <div key={i} className="st-people-title-row">
            <input
              type="text"
              aria-label={t('people.title', { n: i + 1 })}
              spellCheck={false}
              value={row.title}
              onChange={(e) => setRow(i, { title: e.target.value })}
            />
            <input
              type="text"
              inputMode="numeric"
              aria-label={`${t('people.from')} (${t('people.title', { n: i + 1 })})`}
              placeholder={t('people.from')}
              value={row.from}
              onChange={(e) => setRow(i, { from: e.target.value })}
            />
            <input
              type="text"
              inputMode="numeric"
              aria-label={`${t('people.to')} (${t('people.title', { n: i + 1 })})`}
              placeholder={t('people.to')}
              value={row.to}
              onChange={(e) => setRow(i, { to: e.target.value })}
            />
            <button
              type="button"
              aria-label={t('people.removeTitle', { n: i + 1 })}
              title={t('people.removeTitle', { n: i + 1 })}
              onClick={() => setDraft((d) => ({ ...d, titles: d.titles.filter((_r, j) => j !== i) }))}
            >
              ✕
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setDraft((d) => ({ ...d, titles: [...d.titles, { title: '', from: '', to: '' }] }))}
        >
          + {t('people.addTitle')}
        </button>
      </fieldset>
      <DialogFooter
        error={error}
        cancelLabel={t('people.cancel')}
        submitLabel={t('people.save')}
        onCancel={onCancel}
      />
    </form>
  )
}
