import { useTranslation } from 'react-i18next'
import type { TitleCorrection } from '@shared/people/titleCorrections'

interface Props {
  corrections: readonly TitleCorrection[]
  onFix(correction: TitleCorrection): void
}

/** Under a chair's titles: each title the directory spells otherwise, with a one-click fix. */
export function TitleCorrectionHint({ corrections, onFix }: Props) {
  const { t } = useTranslation()
  if (corrections.length === 0) return null
  return (
    <>
      {corrections.map((c) => (
        <p key={c.index} className="st-title-hint" data-testid="title-correction">
          {t('people.correction', { suggested: c.suggested })}
          <button type="button" onClick={() => onFix(c)}>
            {t('people.fix', { suggested: c.suggested })}
          </button>
        </p>
      ))}
    </>
  )
}
