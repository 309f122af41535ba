import { useTranslation } from 'react-i18next'
import { Modal } from './Modal'

interface Props {
  /** The app's version, or null while the dialog is closed. */
  version: string | null
  onClose(): void
}

/** "Giới thiệu Soạn Tin" in the page: a native `alert` would block Electron's window behind an OS box. */
export function AboutDialog({ version, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Modal open={version !== null} labelledBy="st-about-title" onClose={onClose} className="st-about">
      <h2 id="st-about-title">Soạn Tin</h2>
      <p>{t('about', { version })}</p>
      <div className="st-dialog-buttons">
        <button type="button" onClick={onClose} autoFocus>
          {t('gallery.close')}
        </button>
      </div>
    </Modal>
  )
}
