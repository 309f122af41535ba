import type { LinkRefusal } from '@shared/links/linkPolicy'

/** The toolbar message that tells the officer why the link dialog refused an address. */
export const LINK_REFUSAL_KEYS = {
  empty: 'toolbar.linkEmpty',
  notAbsolute: 'toolbar.linkNotAbsolute',
  scheme: 'toolbar.linkInvalid',
  malformed: 'toolbar.linkMalformed',
  credentials: 'toolbar.linkCredentials',
  tooLong: 'toolbar.linkTooLong',
} as const satisfies Record<LinkRefusal, `toolbar.${string}`>
