/** Something the export had to work around; the document is still written, the officer is told. */
export interface DocxWarning {
  code:
    | 'image-missing'
    | 'image-corrupt'
    | 'image-truncated'
    | 'image-unsupported'
    | 'image-too-large'
    | 'unknown-field'
    | 'link-dropped'
  /** One Vietnamese sentence saying what happened and what to do. */
  message: string
  /** The same in English. */
  en: string
}
