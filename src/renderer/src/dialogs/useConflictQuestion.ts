import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { AskChoice } from './useChoiceDialog'

export type ConflictChoice = 'saveAs' | 'overwrite' | 'cancel'

export type AskConflict = (kind: 'changed' | 'deleted', message: string) => Promise<ConflictChoice>

/** Another program changed or removed the file: Lưu thành… / Ghi đè (Lưu lại chỗ cũ) / Hủy. */
export function useConflictQuestion(ask: AskChoice): AskConflict {
  const { t } = useTranslation()
  return useCallback(
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
}
