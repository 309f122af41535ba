import type { UiLanguage } from '@shared/ipc/contract'

// The fields main writes in English beside their Vietnamese ones.
const ENGLISH_KEYS = ['en', 'warningsEn', 'warningEn', 'problemsEn']

/**
 * A response as the window reads it: main and the workers write a failure's message and the notes
 * of an export, a damaged file or template in both languages
 * (`message`/`warnings`/`warning`/`problems` Vietnamese, `en`/`warningsEn`/`warningEn`/`problemsEn`
 * English); the window gets the ones its interface shows, under the Vietnamese names. A failure's
 * message also comes in both as `said`, so the status bar can follow a language switch.
 */
export function inLanguage(response: unknown, language: UiLanguage): unknown {
  if (response === null || typeof response !== 'object' || Array.isArray(response)) return response
  if (!ENGLISH_KEYS.some((key) => key in response)) return response
  const { en, warningsEn, warningEn, problemsEn, ...rest } = response as Record<string, unknown>
  // A failure's message in both languages as well, for the window to keep across a switch.
  if (typeof rest.message === 'string' && typeof en === 'string' && en) rest.said = { vi: rest.message, en }
  if (language !== 'en') return rest
  const english: Record<string, unknown> = { ...rest }
  if (typeof en === 'string' && en) english.message = en
  if (Array.isArray(warningsEn)) english.warnings = warningsEn
  if (typeof warningEn === 'string') english.warning = warningEn
  if (Array.isArray(problemsEn)) english.problems = problemsEn
  return english
}

// The language of each handler set answeringIn made, for answers given before a handler runs.
const LANGUAGES = new WeakMap<object, () => UiLanguage>()

/** Every handler with its responses put {@link inLanguage}, the language read at each answer. */
export function answeringIn<H extends Record<string, (...args: never[]) => Promise<unknown>>>(
  handlers: H,
  language: () => UiLanguage,
): H {
  const wrapped: Record<string, (...args: never[]) => Promise<unknown>> = {}
  for (const [name, handler] of Object.entries(handlers)) {
    wrapped[name] = async (...args) => inLanguage(await handler(...args), language())
  }
  LANGUAGES.set(wrapped, language)
  return wrapped as H
}

/** The interface language of handlers made by {@link answeringIn}; Vietnamese for any others. */
export function languageOf(handlers: object): UiLanguage {
  return LANGUAGES.get(handlers)?.() ?? 'vi'
}
