import { useEffect, useMemo } from 'react'
import type { PersonRecord } from '@shared/people/people'
import { currentUnit, type Settings } from '@shared/settings/settings'
import type { FieldStore } from '@shared/templates/fieldStore'
import type { LoadedTemplate } from '@shared/templates/templateSchema'
import { acceptedWords, nameFields, templateNames } from '@shared/spell/acceptedWords'
import type { StatusMessage } from '../status/statusMessage'
import { api } from '../ipc/api'
import { useLatest } from '../hooks/useLatest'
import { spellService } from './spellService'

interface SpellArgs {
  settings: Settings | null
  people: readonly PersonRecord[]
  templates: readonly LoadedTemplate[]
  fieldStore: FieldStore
  setStatus(status: StatusMessage): void
}

/** A pause after the chair's name changes before the body is checked again with it. */
const NAMES_DELAY_MS = 400

/**
 * Keeps the spell worker told what the window knows: whether checking is on (the settings), the
 * unit's tone style (for suggestions), the user dictionary, and the names and titles of the people
 * directory, the templates and the report's name fields, which count as spelt right.
 */
export function useSpellCheck({ settings, people, templates, fieldStore, setStatus }: SpellArgs): void {
  const latestRef = useLatest({ setStatus })
  const enabled = settings?.spellCheck ?? true
  const style = settings ? currentUnit(settings).toneStyle : 'old'
  useEffect(() => spellService.setEnabled(enabled), [enabled])
  useEffect(() => spellService.setStyle(style), [style])

  useEffect(() => {
    void api()
      .listUserWords()
      .then((r) => {
        spellService.setUserWords(r.words)
        if (r.warning) latestRef.current.setStatus({ kind: 'error', text: r.warning })
      })
  }, [latestRef])

  // The directory's and the templates' words change rarely: gathered once, not after every edit.
  const known = useMemo(() => acceptedWords([people, ...templateNames(templates)]), [people, templates])
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const update = () => {
      // The report's own names first: they are the ones the officer is typing now.
      spellService.setNames([...new Set([...acceptedWords(nameFields(fieldStore.get())), ...known])])
    }
    update()
    const unsubscribe = fieldStore.subscribe(() => {
      clearTimeout(timer)
      timer = setTimeout(update, NAMES_DELAY_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [known, fieldStore])
}
