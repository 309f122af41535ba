import { useCallback, useEffect, useState } from 'react'
import type { Report } from '@shared/model/report'
import { peopleInFields, type PersonRecord } from '@shared/people/people'
import { api } from '../ipc/api'

/**
 * The people directory, suggested in the panel; a saved report's chairs are remembered, and the
 * directory dialog hands back the list after each change (`setPeople`).
 */
export function usePeople(): {
  people: PersonRecord[]
  rememberPeopleOf(report: Report): void
  setPeople(people: PersonRecord[]): void
} {
  const [people, setPeople] = useState<PersonRecord[]>([])
  useEffect(() => {
    void api()
      .listPeople()
      .then((r) => setPeople(r.people))
  }, [])
  const rememberPeopleOf = useCallback((report: Report) => {
    const used = peopleInFields(report.fields)
    if (used.length === 0) return
    void api()
      .rememberPeople({ people: used })
      .then((r) => {
        if (r.ok) setPeople(r.people)
      })
  }, [])
  return { people, rememberPeopleOf, setPeople }
}
