import type { UiLanguage } from '@shared/ipc/contract'

// The fields main writes in English beside their Vietnamese ones.
const ENGLISH_KEYS = ['en', 'warningsEn', 'warningEn', 'problemsEn']

/**
 * A response as the window reads it: main and the workers write a failure's message and the notes
 * of an export, a damaged file or template in both languages
 * (`message`/`warnings`/`warning`/`problems` Vietnamese, `en`/`warningsEn`/`warningEn`/`problemsEn`
 * English); the window gets the ones its interface shows, under the Vietnamese names, and never the
 * others.
 */
export function inLanguage(response: unknown, language: UiLanguage): unknown {
  if (response === null || typeof response !== 'object' || Array.isArray(response)) return response
  if (!ENGLISH_KEYS.some((key) => key in response)) return response
  const { en, warningsEn, warningEn, problemsEn, ...rest } = response as Record<string, unknown>
  if (language !== 'en') return rest
  const english: Record<string, unknown> = { ...rest }
  if (typeof en === 'string' && en) english.message = en
  if (Array.isArray(warningsEn)) english.warnings = warningsEn
  if (typeof warningEn === 'string') english.warning = warningEn
  if (Array.isArray(problemsEn)) english.problems = problemsEn
  return english
}

/** Every handler with its responses put {@link inLanguage}, the language read at each answer. */
export function answeringIn<H extends Record<string, (...args: never[]) => Promise<unknown>>>(
  handlers: H,
  language: () => UiLanguage,
): H {
  const wrapped: Record<string, (...args: never[]) => Promise<unknown>> = {}
  for (const [name, handler] of Object.entries(handlers)) {
    wrapped[name] = async (...args) => inLanguage(await handler(...args), language())
  }
  return wrapped as H
}
