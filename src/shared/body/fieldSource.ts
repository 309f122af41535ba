import { DEFAULT_BRIDGE_POINT_PATTERN, DEFAULT_BRIDGE_POINT_PATTERN_NO_CHAIR } from './fieldText'
import { bridgePointSentence, captionCredit, fieldText } from './fieldText'
import type { FieldName } from '../fields/fieldNames'
import type { ReportFields } from '../model/fields'
import { emptyFields } from '../model/fields'

/** Where body nodes that show structured facts or images get their content from. */
export interface FieldSource {
  fieldText(name: FieldName): string
  bridgePointSentences(pattern: string, patternNoChair: string): string[]
  /** What follows every photo caption: the credit, or ''. */
  captionCredit(): string
  assetSrc(assetId: string): string
}

export function fieldSourceFor(
  fields: ReportFields,
  assetSrc: (assetId: string) => string = () => '',
): FieldSource {
  return {
    fieldText: (name) => fieldText(fields, name),
    bridgePointSentences: (pattern, patternNoChair) =>
      fields.bridgePoints.map((p) =>
        bridgePointSentence(
          p,
          pattern || DEFAULT_BRIDGE_POINT_PATTERN,
          patternNoChair || DEFAULT_BRIDGE_POINT_PATTERN_NO_CHAIR,
        ),
      ),
    captionCredit: () => captionCredit(fields),
    assetSrc,
  }
}

export const EMPTY_FIELD_SOURCE: FieldSource = fieldSourceFor(emptyFields())
