import { useTranslation } from 'react-i18next'

interface Props {
  separateImages: boolean
  onSeparateImages(value: boolean): void
  onExport(): void
  onCopy(): void
  previewOpen: boolean
  onTogglePreview(): void
}

/** "Xuất HTML", its images option, "Sao chép cho web" and the preview toggle, for the file bar. */
export function WebButtons({
  separateImages,
  onSeparateImages,
  onExport,
  onCopy,
  previewOpen,
  onTogglePreview,
}: Props) {
  const { t } = useTranslation()
  return (
    <>
      <button type="button" onClick={onExport}>
        {t('web.export')}
      </button>
      <label className="st-web-option">
        <input
          type="checkbox"
          checked={separateImages}
          onChange={(e) => onSeparateImages(e.target.checked)}
        />{' '}
        {t('web.separateImages')}
      </label>
      <button type="button" onClick={onCopy}>
        {t('web.copy')}
      </button>
      <button type="button" aria-pressed={previewOpen} onClick={onTogglePreview}>
        {t('web.preview')}
      </button>
    </>
  )
}
