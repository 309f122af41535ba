import { useTranslation } from 'react-i18next'
import type { StatusMessage } from '../status/statusMessage'

interface Props {
  words: number
  dirty: boolean
  status: StatusMessage | null
}

/** The footer: word count, the unsaved mark, and the last message (errors announced as alerts). */
export function StatusBar({ words, dirty, status }: Props) {
  const { t } = useTranslation()
  return (
    <footer className="st-status">
      <span data-testid="word-count">{t('status.words', { count: words })}</span>
      {dirty && <span className="st-dirty">{t('app.unsaved')}</span>}
      {status && (
        <span role={status.kind === 'error' ? 'alert' : 'status'} className={`st-msg st-${status.kind}`}>
          {status.text}
        </span>
      )}
    </footer>
  )
}
