import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Report } from '@shared/model/report'
import { api } from '../ipc/api'
import '../start/start.css'

/** What the window shows where the editor was, after it failed: what happened, and a way to save a copy. */
export function CrashPanel({ report }: { report(): Report }) {
  const { t } = useTranslation()
  const [outcome, setOutcome] = useState<string | null>(null)
  const saveCopy = async () => {
    // A copy only: the open report, its file and its backup stay as they are.
    const result = await api().saveDraftAs({ docToken: null, report: report() })
    if (result.ok) setOutcome(t('crash.saved', { name: result.fileName }))
    else if (!result.canceled) setOutcome(t('crash.failed', { detail: result.message }))
  }
  return (
    <main className="st-main">
      <section className="st-start" role="alert" aria-labelledby="st-crash-title">
        <h2 id="st-crash-title">{t('crash.title')}</h2>
        <p>{t('crash.body')}</p>
        <p>{t('crash.safe')}</p>
        <div className="st-start-actions">
          <button type="button" onClick={() => void saveCopy()}>
            {t('crash.saveCopy')}
          </button>
        </div>
        {outcome && <p role="status">{outcome}</p>}
      </section>
    </main>
  )
}
