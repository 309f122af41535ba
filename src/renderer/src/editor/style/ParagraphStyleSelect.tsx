import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { PARAGRAPH_STYLES, activeParagraphStyle, applyParagraphStyle } from './paragraphStyles'

/** Word's style list: the caret's paragraph style, and a choice that restyles the selected paragraphs. */
export function ParagraphStyleSelect({ editor }: { editor: Editor }) {
  const { t } = useTranslation()
  const active = useEditorState({ editor, selector: ({ editor: e }) => activeParagraphStyle(e) })
  return (
    <select
      className="st-style-select"
      aria-label={t('style.label')}
      title={t('style.label')}
      value={active ?? ''}
      disabled={active === null}
      onChange={(e) => applyParagraphStyle(editor, e.target.value)}
    >
      {active === null && <option value="">{t('style.none')}</option>}
      {PARAGRAPH_STYLES.map((s) => (
        <option key={s.id} value={s.id}>
          {t(`style.${s.id}`)}
        </option>
      ))}
    </select>
  )
}
