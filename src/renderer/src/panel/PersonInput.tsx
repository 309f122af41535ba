import { memo, useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { personKey, suggestPeople, type PersonRecord } from '@shared/people/people'
import { formatPerson, type NameTitleSeparator, type Person } from '@shared/model/person'
import { titleCorrections } from '@shared/people/titleCorrections'
import { TitleCorrectionHint } from './TitleCorrectionHint'

interface Props {
  legend: string
  person: Person | null
  people: readonly PersonRecord[]
  onChange(person: Person | null): void
  /** Id for the name input, so Enter on the field in the body can focus it. */
  nameId?: string
  required?: boolean
}

const SEPARATOR_LABELS: Record<NameTitleSeparator, string> = {
  comma: 'panel.separatorComma',
  endash: 'panel.separatorEndash',
  hyphen: 'panel.separatorHyphen',
}

const NO_TITLES: string[] = []

function parseTitles(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
}

/**
 * A person as name + titles + separator. The name is a combobox suggesting people used before (tones
 * and case ignored, Vietnamese order); picking one fills the titles too.
 */
export const PersonInput = memo(function PersonInput({
  legend,
  person,
  people,
  onChange,
  nameId,
  required,
}: Props) {
  const { t } = useTranslation()
  const base = useId()
  const ids = {
    name: nameId ?? `${base}-name`,
    titles: `${base}-titles`,
    sep: `${base}-sep`,
    list: `${base}-list`,
  }
  const name = person?.name ?? ''
  const titles = person?.titles ?? NO_TITLES
  const separator = person?.separator ?? 'comma'
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  // The titles box keeps the officer's raw text (a trailing comma while typing) and follows the
  // store only when the titles change from elsewhere, such as picking a suggestion.
  const [titlesText, setTitlesText] = useState(titles.join(', '))
  const [seenTitles, setSeenTitles] = useState(titles.join('\u0001'))
  if (titles.join('\u0001') !== seenTitles) {
    setSeenTitles(titles.join('\u0001'))
    if (parseTitles(titlesText).join('\u0001') !== titles.join('\u0001')) setTitlesText(titles.join(', '))
  }

  // Folding every remembered name is the costly part; redo it only when the name or the list changes.
  const suggestions = useMemo(() => suggestPeople(people, name), [people, name])
  const showList = open && suggestions.length > 0
  // A title spelled otherwise than in the directory ("huyện ủy" / "Huyện ủy") is offered for correction.
  const corrections = useMemo(() => titleCorrections(people, { name, titles }), [people, name, titles])

  const emit = (next: Person) => onChange(next.name.trim() || next.titles.length > 0 ? next : null)
  const pick = (chosen: PersonRecord) => {
    emit({ name: chosen.name, titles: [...chosen.titles], separator: chosen.separator })
    setOpen(false)
  }

  const onNameKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (!open) {
        setOpen(true)
        setActive(0)
        return
      }
      const delta = e.key === 'ArrowDown' ? 1 : -1
      setActive((a) => (a + delta + suggestions.length) % Math.max(1, suggestions.length))
    } else if (e.key === 'Enter' && showList) {
      const chosen = suggestions[active]
      if (chosen) {
        e.preventDefault()
        pick(chosen)
      }
    } else if (e.key === 'Escape' && showList) {
      e.preventDefault()
      e.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <fieldset className="st-person">
      <legend>
        {legend} {required && <span className="st-required">{t('panel.required')}</span>}
      </legend>
      <div className="st-combo">
        <label htmlFor={ids.name}>{t('panel.personName')}</label>
        <input
          id={ids.name}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={ids.list}
          aria-activedescendant={showList ? `${ids.list}-${active}` : undefined}
          value={name}
          onChange={(e) => {
            const typed = e.target.value
            const known = people.find((p) => personKey(p.name) === personKey(typed))
            // Typing a remembered name in full brings their titles, as picking it would.
            emit(
              known
                ? { name: typed, titles: [...known.titles], separator: known.separator }
                : { name: typed, titles, separator },
            )
            setOpen(true)
            setActive(0)
          }}
          onKeyDown={onNameKey}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={ids.list}
          role="listbox"
          aria-label={t('panel.suggestions')}
          className="st-combo-list"
          hidden={!showList}
        >
          {showList &&
            suggestions.map((p, i) => (
              <li
                key={personKey(p.name)}
                id={`${ids.list}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(p)}
              >
                <span className="st-combo-name">{p.name}</span>
                {p.titles.length > 0 && <span className="st-combo-titles">{p.titles.join(', ')}</span>}
              </li>
            ))}
        </ul>
      </div>
      <label htmlFor={ids.titles}>{t('panel.personTitles')}</label>
      <input
        id={ids.titles}
        type="text"
        spellCheck={false}
        value={titlesText}
        onChange={(e) => {
          setTitlesText(e.target.value)
          const parsed = parseTitles(e.target.value)
          setSeenTitles(parsed.join('\u0001'))
          emit({ name, titles: parsed, separator })
        }}
      />
      <TitleCorrectionHint
        corrections={corrections}
        onFix={(c) =>
          emit({ name, titles: titles.map((title, i) => (i === c.index ? c.suggested : title)), separator })
        }
      />
      <label htmlFor={ids.sep}>{t('panel.personSeparator')}</label>
      <select
        id={ids.sep}
        value={separator}
        onChange={(e) => emit({ name, titles, separator: e.target.value as NameTitleSeparator })}
      >
        {(Object.keys(SEPARATOR_LABELS) as NameTitleSeparator[]).map((s) => (
          <option key={s} value={s}>
            {t(SEPARATOR_LABELS[s])}
          </option>
        ))}
      </select>
      {person && <p className="st-person-preview">{formatPerson(person)}</p>}
    </fieldset>
  )
})
