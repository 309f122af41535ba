import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useLatest } from '../hooks/useLatest'
import type { AskChoice } from './useChoiceDialog'

interface UnsavedGuardArgs {
  ask: AskChoice
  isDirty(): boolean
  /** The report's name for the question ("Chưa đặt tên" when never saved). */
  name(): string
  /** Saves (asking for a place when needed); resolves true once the report is on disk. */
  save(): Promise<boolean>
}

/**
 * Before the report is replaced or the window closes: asks Lưu / Không lưu / Hủy when there are
 * unsaved changes. True means go on (saved, or the officer chose not to save). The one question
 * every path that replaces the report asks, right before it does.
 */
export function useUnsavedGuard(args: UnsavedGuardArgs): () => Promise<boolean> {
  const { t } = useTranslation()
  const latestRef = useLatest(args)
  return useCallback(async () => {
    const { ask, isDirty, name } = latestRef.current
    if (!isDirty()) return true
    const choice = await ask({
      title: t('files.unsavedTitle'),
      message: t('files.unsavedMessage', { name: name() }),
      choices: [
        { value: 'save', label: t('files.save'), primary: true },
        { value: 'discard', label: t('files.dontSave') },
        { value: 'cancel', label: t('files.cancel') },
      ],
      cancelValue: 'cancel',
    })
    if (choice === 'cancel') return false
    if (choice === 'discard') return true
    return latestRef.current.save()
  }, [latestRef, t])
}
