import type { Person } from '../model/person'
import { personKey } from '../people/people'
import { titleCorrections } from '../people/titleCorrections'
import type { TemplateFieldKey } from '../templates/templateSchema'
import type { CheckInput } from './checkInput'
import { finding, type Finding } from './findings'
import { fieldPlace } from './places'

interface NamedPerson {
  person: Person
  key: TemplateFieldKey
  /** The slot id prefix of the person's values: "chair", "bridgePoints.<id>.chair". */
  prefix: string
}

function fieldPeople(input: CheckInput): NamedPerson[] {
  const { chair, bridgePoints } = input.fields
  const people: NamedPerson[] = chair ? [{ person: chair, key: 'chair', prefix: 'chair' }] : []
  for (const bp of bridgePoints)
    if (bp.chair)
      people.push({ person: bp.chair, key: 'bridgePoints', prefix: `bridgePoints.${bp.id}.chair` })
  return people.filter((p) => p.person.name.trim())
}

const titlesOf = (p: Person) => p.titles.map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean)

/** One person named twice in the report with different titles. */
export function personTitleFindings(input: CheckInput): Finding[] {
  const first = new Map<string, NamedPerson>()
  const out: Finding[] = []
  for (const named of fieldPeople(input)) {
    const key = personKey(named.person.name)
    const earlier = first.get(key)
    if (!earlier) {
      first.set(key, named)
      continue
    }
    const a = titlesOf(earlier.person).join(', ')
    const b = titlesOf(named.person).join(', ')
    if (a === b) continue
    out.push(
      finding(
        'person-title-mismatch',
        fieldPlace(named.key, `${named.prefix}.name`, 0, named.person.name.length),
        {
          vi: `${named.person.name.trim()} được ghi hai chức danh khác nhau trong bài: “${a}” và “${b}”.`,
          en: `${named.person.name.trim()} has two different titles in the report: “${a}” and “${b}”.`,
        },
        `${named.person.name.trim()} – ${b}`,
      ),
    )
  }
  return out
}

/**
 * A chair's title written differently from the directory's (case, tone style, words missing at the
 * end, a typo): the directory's spelling, by the same rule the panel's hint offers.
 */
export function directoryTitleFindings(input: CheckInput): Finding[] {
  if (input.directory.length === 0) return []
  const out: Finding[] = []
  for (const named of fieldPeople(input)) {
    for (const { index, written, suggested } of titleCorrections(input.directory, named.person)) {
      const name = named.person.name.trim()
      out.push(
        finding(
          'directory-title',
          fieldPlace(
            named.key,
            `${named.prefix}.titles.${index}`,
            0,
            named.person.titles[index]?.length ?? 0,
          ),
          {
            vi: `Chức danh “${written}” của ${name} viết khác danh bạ: “${suggested}”.`,
            en: `The title “${written}” of ${name} is written differently in the directory: “${suggested}”.`,
          },
          written,
          { text: suggested, label: { vi: `Sửa thành “${suggested}”`, en: `Change to “${suggested}”` } },
        ),
      )
    }
  }
  return out
}
