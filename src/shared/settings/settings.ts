import { z } from '../model/zodLocale'
import { TONE_STYLES } from '../text/toneStyle'

/** The DOCX print layout; defaults follow Decree 30/2020/NĐ-CP, Appendix I. Lengths in millimetres, sizes in points. */
export const printLayoutSchema = z.object({
  pageSize: z.enum(['A4']).default('A4'),
  marginTopMm: z.number().min(5).max(60).default(20),
  marginBottomMm: z.number().min(5).max(60).default(20),
  marginLeftMm: z.number().min(5).max(60).default(30),
  marginRightMm: z.number().min(5).max(60).default(15),
  fontFamily: z.string().min(1).default('Times New Roman'),
  bodySizePt: z.number().min(10).max(16).default(14),
  firstLineIndentCm: z.number().min(0).max(3).default(1.27),
  spaceAfterPt: z.number().min(0).max(24).default(6),
  /** Multiple of single line spacing, between 1 and 1.5. */
  lineSpacing: z.number().min(1).max(1.5).default(1.15),
  pageNumbers: z.boolean().default(true),
})
export type PrintLayout = z.infer<typeof printLayoutSchema>

/** How photos are published on the web portal: at most this wide, re-encoded at this JPEG quality. */
export const WEB_PHOTO_LIMITS = {
  maxWidthPx: { min: 320, max: 4096, default: 1600 },
  jpegQuality: { min: 40, max: 100, default: 82 },
} as const
const boundedInt = ({ min, max, default: fallback }: { min: number; max: number; default: number }) =>
  z.number().int().min(min).max(max).default(fallback)
export const webPhotoSettingsSchema = z.object({
  maxWidthPx: boundedInt(WEB_PHOTO_LIMITS.maxWidthPx),
  jpegQuality: boundedInt(WEB_PHOTO_LIMITS.jpegQuality),
})
export type WebPhotoSettings = z.infer<typeof webPhotoSettingsSchema>

/** One year's working theme of a unit, shown at the top of that year's reports. */
const annualThemeSchema = z.object({
  year: z.number().int().min(1945).max(2200),
  text: z.string(),
})
type AnnualTheme = z.infer<typeof annualThemeSchema>

/** The marks a unit may end its reports with: none, or the administrative "./.". */
const CLOSING_MARKS = ['', './.'] as const

/** The officer's own unit: byline defaults, annual themes and print layout are kept per unit. */
export const unitSettingsSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  themes: z.array(annualThemeSchema).default([]),
  printLayout: printLayoutSchema.default(() => printLayoutSchema.parse({})),
  webPhotos: webPhotoSettingsSchema.default(() => webPhotoSettingsSchema.parse({})),
  /** Where the unit puts tone marks in oa/oe/uy: "hòa, thủy" (old, the press's usual) or "hoà, thuỷ". */
  toneStyle: z.enum(TONE_STYLES).default('old'),
  /** The mark some units close every report with ("./."); '' for none. */
  closingMark: z.enum(CLOSING_MARKS).default(''),
})
export type UnitSettings = z.infer<typeof unitSettingsSchema>

export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  profile: z
    .object({ author: z.string().default(''), unitId: z.string().default('default') })
    .default({ author: '', unitId: 'default' }),
  units: z.array(unitSettingsSchema).default([]),
  /** Misspelt words are underlined (on unless the officer turned it off); older files lack it. */
  spellCheck: z.boolean().default(true),
})
export type Settings = z.infer<typeof settingsSchema>

export function defaultSettings(): Settings {
  return settingsSchema.parse({
    units: [{ id: 'default', name: 'Trung tâm TT-VH', themes: [] }],
  })
}

export function defaultPrintLayout(): PrintLayout {
  return printLayoutSchema.parse({})
}

export function defaultWebPhotoSettings(): WebPhotoSettings {
  return webPhotoSettingsSchema.parse({})
}

/** The unit the officer writes for (the profile's unit, else the first). */
export function currentUnit(settings: Settings): UnitSettings {
  const unit = settings.units.find((u) => u.id === settings.profile.unitId) ?? settings.units[0]
  return unit ?? unitSettingsSchema.parse({ id: 'default', name: '' })
}

/** The theme for a meeting year, if the unit has one. */
export function themeForYear(unit: UnitSettings, year: number): AnnualTheme | undefined {
  return unit.themes.find((t) => t.year === year)
}
