import { z } from './zodLocale'

export const NAME_TITLE_SEPARATORS = { comma: ', ', endash: ' – ', hyphen: ' - ' } as const
export type NameTitleSeparator = keyof typeof NAME_TITLE_SEPARATORS

/** A person as a report names them: "Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy". */
export const personSchema = z.object({
  name: z.string(),
  titles: z.array(z.string()),
  separator: z.enum(['comma', 'endash', 'hyphen']).default('comma'),
})
export type Person = z.infer<typeof personSchema>

/** "Name, Title 1, Title 2" with the person's own separator between name and titles. */
export function formatPerson(person: Person): string {
  const titles = person.titles.map((t) => t.trim()).filter(Boolean)
  const name = person.name.trim()
  if (titles.length === 0) return name
  if (!name) return titles.join(', ')
  return name + NAME_TITLE_SEPARATORS[person.separator] + titles.join(', ')
}
