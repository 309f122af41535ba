import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { personKey, suggestPeople, type DirectoryEntry, type PersonRecord } from '@shared/people/people'
import { Modal } from '../dialogs/Modal'
import { api } from '../ipc/api'
import { draftOf, emptyDraft, type EntryDraft } from './entryDraft'
import { PersonEntryForm } from './PersonEntryForm'
import './people.css'

interface Props {
  open: boolean
  people: readonly PersonRecord[]
  /** The directory after a change main made, for the panel's suggestions. */
  onPeople(people: PersonRecord[]): void
  onClose(): void
}

type Note = { kind: 'info' | 'error'; text: string } | null

/** "Danh bạ người và chức vụ": the people the chair fields suggest, to add, edit, merge, delete, import, export. */
export function PeopleDirectoryDialog({ open, people, onPeople, onClose }: Props) {
  return (
    <Modal open={open} labelledBy="st-people-title" onClose={onClose} className="st-people">
      <Directory people={people} onPeople={onPeople} onClose={onClose} />
    </Modal>
  )
}

function Directory({ people, onPeople, onClose }: Omit<Props, 'open'>) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<EntryDraft | null>(null)
  const [query, setQuery] = useState('')
  const [selected, setSelected] = useState<string[]>([])
  const [keep, setKeep] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [note, setNote] = useState<Note>(null)
  const shown = useMemo(() => suggestPeople(people, query, Infinity), [people, query])
  const chosen = people.filter((p) => selected.includes(personKey(p.name)))
  const kept = chosen.find((p) => personKey(p.name) === keep) ?? chosen[0]

  const toggle = (person: PersonRecord, on: boolean) => {
    const key = personKey(person.name)
    setSelected((s) => (on ? [...s, key] : s.filter((k) => k !== key)))
    setConfirming(false)
  }
  const changed = (next: PersonRecord[], text: string) => {
    onPeople(next)
    setSelected([])
    setConfirming(false)
    setNote({ kind: 'info', text })
  }

  const save = async (original: string | null, entry: DirectoryEntry) => {
    const result = await api().savePerson({ original, person: entry })
    if (!result.ok) return result.message
    setEditing(null)
    changed(result.people, t('people.saved', { name: entry.name.trim() }))
    return null
  }
  const remove = async () => {
    const result = await api().deletePeople({ names: chosen.map((p) => p.name) })
    if (result.ok) changed(result.people, t('people.deleted', { count: chosen.length }))
    else setNote({ kind: 'error', text: result.message })
  }
  const merge = async () => {
    if (!kept) return
    const result = await api().mergePeople({ names: chosen.map((p) => p.name), keep: kept.name })
    if (result.ok) changed(result.people, t('people.merged', { name: kept.name }))
    else setNote({ kind: 'error', text: result.message })
  }
  const importCsv = async () => {
    const result = await api().importPeople()
    if (result.ok)
      changed(result.people, t('people.imported', { added: result.added, updated: result.updated }))
    else if (!result.canceled) setNote({ kind: 'error', text: result.message })
  }
  const exportCsv = async () => {
    const result = await api().exportPeople()
    if (result.ok)
      setNote({ kind: 'info', text: t('people.exported', { count: result.count, file: result.fileName }) })
    else if (!result.canceled) setNote({ kind: 'error', text: result.message })
  }

  if (editing) {
    return (
      <div className="st-people-body">
        <h2 id="st-people-title">{t('people.heading')}</h2>
        <PersonEntryForm initial={editing} onSave={save} onCancel={() => setEditing(null)} />
      </div>
    )
  }

  return (
    <div className="st-people-body">
      <h2 id="st-people-title">{t('people.heading')}</h2>
      <div className="st-people-actions">
        <button type="button" onClick={() => setEditing(emptyDraft())}>
          + {t('people.add')}
        </button>
        <button type="button" onClick={() => void importCsv()}>
          {t('people.import')}
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          {t('people.export')}
        </button>
        <input
          type="search"
          aria-label={t('people.search')}
          placeholder={t('people.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {note && (
        <p
          className={note.kind === 'error' ? 'st-warning' : 'st-muted'}
          role={note.kind === 'error' ? 'alert' : 'status'}
        >
          {note.text}
        </p>
      )}
      {people.length === 0 ? (
        <p className="st-muted">{t('people.empty')}</p>
      ) : (
        <div className="st-people-scroll">
          <table className="st-people-table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="st-sr-only">{t('people.select', { name: '' })}</span>
                </th>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.titles')}</th>
                <th scope="col">{t('people.unit')}</th>
                <th scope="col">
                  <span className="st-sr-only">{t('people.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <PersonRow
                  key={personKey(p.name)}
                  person={p}
                  checked={selected.includes(personKey(p.name))}
                  onCheck={(on) => toggle(p, on)}
                  onEdit={() => setEditing(draftOf(p))}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {chosen.length > 0 && (
        <div
          className="st-people-selection"
          role="group"
          aria-label={t('people.selected', { count: chosen.length })}
        >
          <span>{t('people.selected', { count: chosen.length })}</span>
          {confirming ? (
            <>
              <span>{t('people.confirmDelete', { list: chosen.map((p) => p.name).join(', ') })}</span>
              <button type="button" className="st-danger" onClick={() => void remove()}>
                {t('people.confirmDeleteYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('people.confirmDeleteNo')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('people.delete')}
            </button>
          )}
          {chosen.length >= 2 && kept && !confirming && (
            <>
              <label htmlFor="st-people-keep">{t('people.keep')}</label>
              <select
                id="st-people-keep"
                value={personKey(kept.name)}
                onChange={(e) => setKeep(e.target.value)}
              >
                {chosen.map((p) => (
                  <option key={personKey(p.name)} value={personKey(p.name)}>
                    {p.name}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => void merge()}>
                {t('people.merge')}
              </button>
            </>
          )}
        </div>
      )}
      <div className="st-dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('people.close')}
        </button>
      </div>
    </div>
  )
}

function PersonRow({
  person,
  checked,
  onCheck,
  onEdit,
}: {
  person: PersonRecord
  checked: boolean
  onCheck(on: boolean): void
  onEdit(): void
}) {
  const { t } = useTranslation()
  const period = (title: string) => {
    const p = person.periods.find((q) => q.title === title)
    if (!p || (!p.from && !p.to)) return ''
    const text =
      p.from && p.to
        ? t('people.periodBoth', { from: p.from, to: p.to })
        : p.from
          ? t('people.periodFrom', { from: p.from })
          : t('people.periodTo', { to: p.to })
    return ` (${text})`
  }
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={t('people.select', { name: person.name })}
          checked={checked}
          onChange={(e) => onCheck(e.target.checked)}
        />
      </td>
      <td>
        {person.name}
        {person.uses > 0 && <span className="st-muted"> · {t('people.uses', { count: person.uses })}</span>}
      </td>
      <td>
        {person.titles.map((title) => (
          <div key={title}>
            {title}
            {period(title)}
          </div>
        ))}
      </td>
      <td>{person.unit}</td>
      <td>
        <button type="button" aria-label={t('people.editPerson', { name: person.name })} onClick={onEdit}>
          {t('people.edit')}
        </button>
      </td>
    </tr>
  )
}
