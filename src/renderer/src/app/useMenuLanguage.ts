import { useEffect } from 'react'
import i18next from 'i18next'
import { api } from '../ipc/api'
import { onLanguageChange } from '../i18n/setupI18n'

/** Tells main the interface's language at start and on each switch: its menu and messages follow. */
export function useMenuLanguage(): void {
  useEffect(() => {
    const tell = () => void api().setUiLanguage({ language: i18next.language === 'en' ? 'en' : 'vi' })
    tell()
    return onLanguageChange(tell)
  }, [])
}
