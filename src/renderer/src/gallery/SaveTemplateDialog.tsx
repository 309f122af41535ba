import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PERIODS, type Period } from '@shared/templates/templateSchema'
import { Modal } from '../dialogs/Modal'
import { DialogFooter } from '../dialogs/DialogFooter'

export interface SaveTemplateRequest {
  name: string
  description: string
  period: Period
}

interface Props {
  open: boolean
  defaults: SaveTemplateRequest
  /** Saves; resolves to null, or to the reason it failed. */
  onSave(request: SaveTemplateRequest): Promise<string | null>
  onClose(): void
}

const PERIOD_KEYS: Record<Period, string> = {
  weekly: 'gallery.periodWeekly',
  monthly: 'gallery.periodMonthly',
  quarterly: 'gallery.periodQuarterly',
  'one-off': 'gallery.periodOneOff',
}

/** "Lưu làm mẫu": a name, a short description and how often the meeting recurs. */
export function SaveTemplateDialog({ open, defaults, onSave, onClose }: Props) {
  return (
    <Modal open={open} labelledBy="st-savetpl-title" onClose={onClose}>
      <SaveTemplateForm defaults={defaults} onSave={onSave} onClose={onClose} />
    </Modal>
  )
}

function SaveTemplateForm({ defaults, onSave, onClose }: Omit<Props, 'open'>) {
  const { t } = useTranslation()
  const [request, setRequest] = useState(defaults)
  const [error, setError] = useState<string | null>(null)
  return (
    <form
      className="st-dialog-form"
      onSubmit={(e) => {
        e.preventDefault()
        void onSave(request).then((failure) => (failure ? setError(failure) : onClose()))
      }}
    >
      <h2 id="st-savetpl-title">{t('templates.saveTitle')}</h2>
      <label htmlFor="st-savetpl-name">{t('templates.name')}</label>
      <input
        id="st-savetpl-name"
        type="text"
        required
        maxLength={120}
        value={request.name}
        onChange={(e) => setRequest((r) => ({ ...r, name: e.target.value }))}
      />
      <label htmlFor="st-savetpl-desc">{t('templates.description')}</label>
      <textarea
        id="st-savetpl-desc"
        rows={2}
        maxLength={400}
        value={request.description}
        onChange={(e) => setRequest((r) => ({ ...r, description: e.target.value }))}
      />
      <label htmlFor="st-savetpl-period">{t('templates.period')}</label>
      <select
        id="st-savetpl-period"
        value={request.period}
        onChange={(e) => setRequest((r) => ({ ...r, period: e.target.value as Period }))}
      >
        {PERIODS.map((p) => (
          <option key={p} value={p}>
            {t(PERIOD_KEYS[p])}
          </option>
        ))}
      </select>
      <DialogFooter
        error={error}
        cancelLabel={t('templates.cancel')}
        submitLabel={t('templates.save')}
        onCancel={onClose}
      />
    </form>
  )
}
