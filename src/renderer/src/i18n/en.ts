import type { Messages } from './vi'

/** English UI strings. */
export const en: Messages = {
  app: { name: 'Soạn Tin', untitled: 'Untitled', unsaved: 'unsaved' },
  toolbar: {
    label: 'Formatting toolbar',
    new: 'New',
    open: 'Open',
    save: 'Save',
    saveAs: 'Save as',
    undo: 'Undo',
    redo: 'Redo',
    bold: 'Bold',
    italic: 'Italic',
    underline: 'Underline',
    strike: 'Strikethrough',
    heading: 'Section heading',
    paragraph: 'Paragraph',
    bulletList: 'Bulleted list',
    orderedList: 'Numbered list',
    alignLeft: 'Align left',
    alignCenter: 'Centre',
    alignRight: 'Align right',
    alignJustify: 'Justify',
    link: 'Link',
    linkPrompt: 'Link address (http, https):',
    linkInvalid: 'Only http, https or mailto links are accepted.',
    table: 'Insert table',
    image: 'Insert image',
    language: 'Language',
  },
  status: {
    words_one: '{{count}} word',
    words_other: '{{count}} words',
    saved: 'Saved {{name}}',
    opened: 'Opened {{name}}',
    migrated:
      'The file was in an older format (version {{version}}) and was converted; the file on disk is unchanged until you save.',
    imageRefused: 'Could not insert "{{name}}": only PNG, JPEG, GIF or WebP images are accepted.',
    imageBroken: 'Could not read the image "{{name}}": the file is damaged.',
  },
  confirm: {
    discard: 'The report has unsaved changes. Discard them?',
  },
  editor: { label: 'Report body' },
  about: 'Soạn Tin {{version}} — giao ban news reports, exported to DOCX and HTML.',
}
