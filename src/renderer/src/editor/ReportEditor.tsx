import type { Editor } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { bodyExtensions } from '@shared/body/bodyExtensions'
import type { BodyNode } from '@shared/model/body'
import type { TemplateFieldKey } from '@shared/templates/templateSchema'
import type { AssetUrls } from './assetUrls'
import { currentMessages, onLanguageChange } from '../i18n/setupI18n'
import { fieldViewTexts } from './fieldViewTexts'
import { FieldViews, liveFieldSource } from './fieldViews'
import type { FieldStore } from '@shared/templates/fieldStore'
import { NfcNormalizer } from './nfcNormalizer'
import { PasteCleaner } from './pasteCleaner'
import { LegacyPaste } from './legacy/legacyPaste'
import type { LegacyEncoding } from '@shared/text/legacy/detectLegacyEncoding'
import { PhotoDropPaste, type PhotoFilesHandler } from './photoDropPaste'
import { PhotoViews } from './photo/photoView'
import { startSelection } from './startSelection'
import { ColumnWidthFill } from './table/columnWidthFill'
import { followCaptionCredit } from './captionCreditStyle'
import { WordShortcuts } from './wordShortcuts'
import { DomSelectionFirst } from './domSelectionFirst'
import { FindExtension } from '../find/findExtension'
import { LONG_REPORT_BLOCKS } from './longReport'
import { ReplaceHistory } from '../find/replaceHistory'
import { SpellCheck } from '../spell/spellExtension'
import { spellService } from '../spell/spellService'
import '../spell/spell.css'

interface Props {
  initialBody: BodyNode
  /** The open report's fields; field nodes follow it live. */
  fieldStore: FieldStore
  /** Enter or double-click on a field in the body. */
  onEditField(key: TemplateFieldKey): void
  assetUrls: AssetUrls
  onReady(editor: Editor): void
  onChange(editor: Editor): void
  /**
   * Files dropped on or image files pasted into the body, in order; `at` is the drop position. The
   * editor keeps the first handler it gets, so it must read nothing that goes stale.
   */
  onPhotoFiles: PhotoFilesHandler
  /** A paste in TCVN3 or VNI was converted to Unicode (the editor keeps the first handler too). */
  onLegacyPaste(encoding: LegacyEncoding): void
}

/** The report body editor. Built once per opened report; keystrokes do no serialisation. */
export function ReportEditor({
  initialBody,
  fieldStore,
  onEditField,
  assetUrls,
  onReady,
  onChange,
  onPhotoFiles,
  onLegacyPaste,
}: Props) {
  const { t } = useTranslation()
  const extensions = useMemo(
    () => [
      // The schema's own figure rendering (the first paint before the photo views, the clipboard) only
      // reuses URLs: decoding is left to the photo views, for the photos near the view.
      ...bodyExtensions(liveFieldSource(fieldStore, (id) => assetUrls.madeUrl(id))),
      FieldViews.configure({
        store: fieldStore,
        onEditField: (key) => onEditField(key),
        texts: () => fieldViewTexts(currentMessages()),
        onTextsChange: onLanguageChange,
      }),
      NfcNormalizer,
      PasteCleaner,
      LegacyPaste.configure({ onConverted: (encoding) => onLegacyPaste(encoding) }),
      PhotoDropPaste.configure({ onFiles: (files, at) => onPhotoFiles(files, at) }),
      PhotoViews.configure({
        assetSrc: (id) => assetUrls.urlFor(id),
        madeSrc: (id) => assetUrls.madeUrl(id),
      }),
      FindExtension,
      SpellCheck.configure({ service: spellService }),
      ReplaceHistory,
      ColumnWidthFill,
      WordShortcuts,
      DomSelectionFirst,
    ],
    // The schema is fixed for the editor's lifetime; a new report mounts a new editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  const editor = useEditor({
    extensions,
    content: initialBody,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: (state) => ({
        // A long report skips laying out its off-screen blocks (styles.css, .st-editor-long).
        class: state.doc.childCount > LONG_REPORT_BLOCKS ? 'st-editor st-editor-long' : 'st-editor',
        // The report is Vietnamese whatever the interface's language: screen readers read it so.
        lang: 'vi',
        'aria-label': t('editor.label'),
        role: 'textbox',
        'aria-multiline': 'true',
      }),
    },
    // Moving the caret is no edit: the report stays unmodified.
    onCreate: ({ editor: e }) => {
      const start = startSelection(e.state.doc)
      if (start) e.view.dispatch(e.state.tr.setSelection(start).setMeta('preventUpdate', true))
    },
    onUpdate: ({ editor: e }) => onChange(e),
  })
  useEffect(() => {
    if (editor) onReady(editor)
  }, [editor, onReady])
  useEffect(() => (editor ? followCaptionCredit(editor, fieldStore) : undefined), [editor, fieldStore])
  // A report opens at its top, even when the one before it was scrolled down (next report, open),
  // ready for typing unless the officer is already somewhere else (a dialog, the panel).
  useEffect(() => {
    if (!editor) return
    editor.view.dom.closest('.st-main')?.scrollTo({ top: 0 })
    if (!document.activeElement || document.activeElement === document.body) editor.view.focus()
  }, [editor])
  return <EditorContent editor={editor} className="st-editor-frame" />
}
