import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { vi, type Messages } from './vi'

export const LANGUAGES = ['vi', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const MESSAGES: Readonly<Record<Language, Messages>> = { vi, en }

/** The language the interface shows now. */
export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'vi'
}

/** The messages of the language the interface shows now. */
export function currentMessages(): Messages {
  return MESSAGES[currentLanguage()]
}

/** Calls back after each language switch; returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  i18next.on('languageChanged', listener)
  return () => i18next.off('languageChanged', listener)
}

const STORAGE_KEY = 'soantin.language'

function storedLanguage(): Language {
  const saved = window.localStorage.getItem(STORAGE_KEY)
  return saved === 'en' ? 'en' : 'vi'
}

/** Vietnamese by default; English when the officer picked it. */
export function setupI18n() {
  void i18next.use(initReactI18next).init({
    resources: { vi: { translation: MESSAGES.vi }, en: { translation: MESSAGES.en } },
    lng: storedLanguage(),
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return i18next
}

export function changeLanguage(language: Language) {
  window.localStorage.setItem(STORAGE_KEY, language)
  void i18next.changeLanguage(language)
  document.documentElement.lang = language
}
