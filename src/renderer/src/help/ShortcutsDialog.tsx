import './help.css'
import { useTranslation } from 'react-i18next'
import { Modal } from '../dialogs/Modal'
import { SHORTCUT_GROUPS } from './shortcutList'

interface Props {
  open: boolean
  onClose(): void
}

/** "Phím tắt" (F1, Trợ giúp › Phím tắt): every shortcut, in the UI's language. */
export function ShortcutsDialog({ open, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Modal open={open} labelledBy="st-shortcuts-title" onClose={onClose} className="st-shortcuts">
      <h2 id="st-shortcuts-title">{t('shortcuts.title')}</h2>
      <div className="st-shortcuts-groups">
        {SHORTCUT_GROUPS.map(({ group, items }) => (
          <table key={group} className="st-shortcuts-table">
            <caption>{t(`shortcuts.group.${group}`)}</caption>
            <tbody>
              {items.map(({ keys, action }) => (
                <tr key={action}>
                  <td>
                    {keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ' / '}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{t(`shortcuts.action.${action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="st-dialog-buttons">
        <button type="button" onClick={onClose} autoFocus>
          {t('gallery.close')}
        </button>
      </div>
    </Modal>
  )
}
