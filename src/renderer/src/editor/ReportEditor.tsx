import type { Editor } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { bodyExtensions } from '../../../shared/body/bodyExtensions'
import { fieldSourceFor } from '../../../shared/body/fieldSource'
import type { BodyNode } from '../../../shared/model/body'
import type { ReportFields } from '../../../shared/model/fields'
import type { AssetUrls } from './assetUrls'
import { NfcNormalizer } from './nfcNormalizer'

interface Props {
  initialBody: BodyNode
  fields: ReportFields
  assetUrls: AssetUrls
  onReady(editor: Editor): void
  onChange(editor: Editor): void
}

/** The report body editor. Built once per opened report; keystrokes do no serialisation. */
export function ReportEditor({ initialBody, fields, assetUrls, onReady, onChange }: Props) {
  const { t } = useTranslation()
  const extensions = useMemo(
    () => [...bodyExtensions(fieldSourceFor(fields, (id) => assetUrls.urlFor(id))), NfcNormalizer],
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
      attributes: {
        class: 'st-editor',
        'aria-label': t('editor.label'),
        role: 'textbox',
        'aria-multiline': 'true',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e),
  })
  useEffect(() => {
    if (editor) onReady(editor)
  }, [editor, onReady])
  return <EditorContent editor={editor} className="st-editor-frame" />
}
