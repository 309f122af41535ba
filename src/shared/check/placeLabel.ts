import { FIELD_LABELS_VI } from '../fields/fieldLabels'
import type { Said } from '../text/said'
import type { CheckBlock } from './checkInput'
import { FIELD_LABELS_EN } from './fieldLabelsEn'
import type { FindingPlace } from './findings'

/**
 * Where a finding is, for a list or a terminal: "Ô “Tiêu đề”", "Đoạn 3", or "Chú thích ảnh 1" when the
 * blocks say the paragraph is a photo's caption.
 */
export function placeLabel(place: FindingPlace, blocks: readonly CheckBlock[] = []): Said {
  if (place.kind === 'field')
    return { vi: `Ô “${FIELD_LABELS_VI[place.key]}”`, en: `Field “${FIELD_LABELS_EN[place.key]}”` }
  if (blocks[place.block]?.photo) {
    const n = blocks.slice(0, place.block + 1).filter((b) => b.photo).length
    return { vi: `Chú thích ảnh ${n}`, en: `Caption of photo ${n}` }
  }
  return { vi: `Đoạn ${place.block + 1}`, en: `Paragraph ${place.block + 1}` }
}
