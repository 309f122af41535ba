import type { LegacyEncoding } from '@shared/text/legacy/detectLegacyEncoding'

/** The name officers know an encoding by, in any language. */
export function legacyEncodingName(encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI-Windows'
}
