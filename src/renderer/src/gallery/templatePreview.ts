import type { Settings } from '@shared/settings/settings'
import { createDraftFromTemplate } from '@shared/templates/createDraft'
import { FIELD_LABELS_VI } from '@shared/fields/fieldLabels'
import { THEME_HEADER_NODE } from '@shared/nodes/themeHeaderNode'
import type { Template } from '@shared/templates/templateSchema'
import { reportParagraphs } from '@shared/plainText/reportText'

/**
 * The first lines of a report made from the template, for the gallery's thumbnail. People the officer
 * has not named yet show as their field's label, so the sentence still reads.
 */
interface PreviewLine {
  kind: 'theme' | 'title' | 'text'
  text: string
}

export function previewLines(
  template: Template,
  settings: Settings | null,
  date: string | null,
  max = 7,
): PreviewLine[] {
  let n = 0
  const draft = createDraftFromTemplate(template, {
    id: 'preview',
    now: new Date(),
    date,
    settings: settings ?? undefined,
    newId: () => `preview-${n++}`,
  })
  const placeholder = { name: `[${FIELD_LABELS_VI.chair}]`, titles: [], separator: 'comma' as const }
  draft.fields.chair ??= placeholder
  for (const point of draft.fields.bridgePoints) point.chair ??= placeholder
  const hasTheme =
    draft.fields.themeHeader.text.trim() !== '' && draft.body.content?.[0]?.type === THEME_HEADER_NODE.name
  const kinds: PreviewLine['kind'][] = hasTheme ? ['theme', 'title'] : ['title']
  return reportParagraphs(draft)
    .slice(0, max)
    .map((text, i) => ({ kind: kinds[i] ?? 'text', text }))
}
