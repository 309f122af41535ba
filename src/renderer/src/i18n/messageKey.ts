import type { Messages } from './vi'

/** i18next picks `x_one` / `x_other` itself from `count`: callers name them `x`. */
type PluralBase<K extends string> =
  K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K

type KeyPaths<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${PluralBase<K>}`
    : KeyPaths<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** A dotted path to one UI string, e.g. 'status.saved'. */
export type MessageKey = KeyPaths<Messages, ''>
