import { useTranslation } from 'react-i18next'
import type { StatusMessage } from '../status/statusMessage'
import { changeEditorZoom, useEditorZoom } from './editorZoom'
import './statusBar.css'

interface Props {
  words: number
  dirty: boolean
  status: StatusMessage | null
}

/** The footer: word count, the unsaved mark, the last message (errors announced as alerts), the zoom. */
export function StatusBar({ words, dirty, status }: Props) {
  const { t } = useTranslation()
  const zoom = useEditorZoom()
  return (
    <footer className="st-status">
      <span data-testid="word-count">{t('status.words', { count: words })}</span>
      {dirty && <span className="st-dirty">{t('app.unsaved')}</span>}
      {status && (
        <span role={status.kind === 'error' ? 'alert' : 'status'} className={`st-msg st-${status.kind}`}>
          {status.text}
        </span>
      )}
      <span className="st-zoom" role="group" aria-label={t('status.zoomGroup')}>
        <button
          type="button"
          aria-label={t('status.zoomOut')}
          title={t('status.zoomOut')}
          onClick={() => changeEditorZoom('out')}
        >
          −
        </button>
        <button
          type="button"
          data-testid="editor-zoom"
          aria-label={t('status.zoomReset', { percent: zoom })}
          title={t('status.zoomReset', { percent: zoom })}
          onClick={() => changeEditorZoom('reset')}
        >
          {zoom}%
        </button>
        <button
          type="button"
          aria-label={t('status.zoomIn')}
          title={t('status.zoomIn')}
          onClick={() => changeEditorZoom('in')}
        >
          +
        </button>
      </span>
    </footer>
  )
}
