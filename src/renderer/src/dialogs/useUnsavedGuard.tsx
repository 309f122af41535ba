import { useCallback, useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useChoiceDialog } from './useChoiceDialog'

export interface UnsavedGuardArgs {
  isDirty(): boolean
  /** The report's name for the question ("Chưa đặt tên" when never saved). */
  name(): string
  /** Saves (asking for a place when needed); resolves true once the report is on disk. */
  save(): Promise<boolean>
}

export type ConflictChoice = 'saveAs' | 'overwrite' | 'cancel'

export interface UnsavedGuard {
  element: ReactNode
  /**
   * Before the report is replaced or the window closes: asks Lưu / Không lưu / Hủy when there are
   * unsaved changes. True means go on (saved, or the officer chose not to save). The one question
   * every path that replaces the report asks, right before it does.
   */
  guard(): Promise<boolean>
  /** Another program changed or removed the file: Lưu thành… / Ghi đè (Lưu lại chỗ cũ) / Hủy. */
  askConflict(kind: 'changed' | 'deleted', message: string): Promise<ConflictChoice>
}

/** The questions the officer answers before work could be lost, as accessible modal dialogs. */
export function useUnsavedGuard(args: UnsavedGuardArgs): UnsavedGuard {
  const { t } = useTranslation()
  const { element, ask } = useChoiceDialog()
  const latest = useRef(args)
  useEffect(() => {
    latest.current = args
  })

  const guard = useCallback(async () => {
    if (!latest.current.isDirty()) return true
    const choice = await ask({
      title: t('files.unsavedTitle'),
      message: t('files.unsavedMessage', { name: latest.current.name() }),
      choices: [
        { value: 'save', label: t('files.save'), primary: true },
        { value: 'discard', label: t('files.dontSave') },
        { value: 'cancel', label: t('files.cancel') },
      ],
      cancelValue: 'cancel',
    })
    if (choice === 'cancel') return false
    if (choice === 'discard') return true
    return latest.current.save()
  }, [ask, t])

  const askConflict = useCallback(
    (kind: 'changed' | 'deleted', message: string) =>
      ask<ConflictChoice>({
        title: t(kind === 'changed' ? 'files.changedTitle' : 'files.deletedTitle'),
        message,
        choices: [
          { value: 'saveAs', label: t('files.saveAs'), primary: true },
          { value: 'overwrite', label: t(kind === 'changed' ? 'files.overwrite' : 'files.recreate') },
          { value: 'cancel', label: t('files.cancel') },
        ],
        cancelValue: 'cancel',
      }),
    [ask, t],
  )

  return {
    element,
    guard,
    askConflict,
  }
}
