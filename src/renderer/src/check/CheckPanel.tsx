import type { Editor } from '@tiptap/core'
import { useTranslation } from 'react-i18next'
import type { Finding } from '@shared/check/findings'
import { placeLabel } from '@shared/check/placeLabel'
import { countFindings } from '@shared/check/runCheck'
import type { FieldStore } from '@shared/templates/fieldStore'
import { applyFindingFix, jumpToFinding } from './findingActions'
import { freshResult, type CheckResult } from './useCheck'
import './check.css'

interface Props {
  open: boolean
  result: CheckResult
  runNow(): CheckResult
  editor: Editor
  fieldStore: FieldStore
  onClose(): void
}

const sameFinding = (a: Finding, b: Finding) =>
  a.rule === b.rule && JSON.stringify(a.place) === JSON.stringify(b.place)

/**
 * "Kiểm tra trước khi xuất bản": the findings of the check, kept current as the officer works. A
 * click shows the place; "Sửa" makes a fix that is safe in one click. Not a dialog: writing goes on.
 */
export function CheckPanel({ open, result, runNow, editor, fieldStore, onClose }: Props) {
  const { t, i18n } = useTranslation()
  if (!open) return null
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const { errors, warnings } = countFindings(result.findings)
  // What is clicked was found in the report as it was; act on the same finding in the report as it is.
  const current = (finding: Finding) => {
    const fresh = freshResult(result, editor, fieldStore, runNow)
    const found = fresh.findings.find((f) => sameFinding(f, finding))
    return found ? { finding: found, result: fresh } : null
  }
  return (
    <aside className="st-prepub" aria-labelledby="st-prepub-title">
      <div className="st-prepub-head">
        <h2 id="st-prepub-title">{t('check.title')}</h2>
        <span className="st-prepub-counts" data-testid="check-counts">
          {t('check.counts', { errors, warnings })}
        </span>
        <button type="button" aria-label={t('check.close')} title={t('check.close')} onClick={onClose}>
          ✕
        </button>
      </div>
      {result.findings.length === 0 ? (
        <p className="st-prepub-none">{t('check.none')}</p>
      ) : (
        <ul className="st-prepub-list">
          {result.findings.map((f, i) => (
            <li
              key={`${f.rule}-${i}`}
              className={`st-prepub-item st-prepub-${f.severity}`}
              data-rule={f.rule}
            >
              <button
                type="button"
                className="st-prepub-go"
                onClick={() => {
                  const now = current(f)
                  if (now) jumpToFinding(now.finding, now.result, editor)
                }}
              >
                <span className="st-prepub-severity">
                  {t(f.severity === 'error' ? 'check.error' : 'check.warning')}
                </span>
                <span className="st-prepub-where">{placeLabel(f.place, result.blocks)[lang]}</span>
                <span className="st-prepub-message">{f.message[lang]}</span>
                {f.excerpt && (
                  // Words of the report, Vietnamese in either interface language.
                  <span className="st-prepub-excerpt" lang="vi">
                    {f.excerpt}
                  </span>
                )}
              </button>
              {f.fix && (
                <button
                  type="button"
                  className="st-prepub-fix"
                  title={f.fix.label[lang]}
                  onClick={() => {
                    const now = current(f)
                    if (now && applyFindingFix(now.finding, now.result, editor, fieldStore)) runNow()
                  }}
                >
                  {f.fix.label[lang]}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  )
}
