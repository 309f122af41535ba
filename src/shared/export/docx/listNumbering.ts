import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type NumberingDefinition } from 'docx'

type Format = (typeof LevelFormat)[keyof typeof LevelFormat]

const LEVELS = 9
// Markers line up with the body's 1.27 cm first-line indent; text starts 0.63 cm further in; each
// nested level moves 1 cm right.
const MARKER_START = 720
const HANGING = 357
const LEVEL_STEP = 567

// Glyphs every Times-compatible face has (no Symbol or Wingdings font, which Linux lacks).
const BULLETS = ['•', '–', '+'] as const
const DEFAULT_ORDERED: ReadonlyArray<{ format: Format; suffix: string }> = [
  { format: LevelFormat.DECIMAL, suffix: '.' },
  { format: LevelFormat.LOWER_LETTER, suffix: ')' },
  { format: LevelFormat.LOWER_ROMAN, suffix: '.' },
]
const HTML_TYPES: Record<string, Format> = {
  '1': LevelFormat.DECIMAL,
  a: LevelFormat.LOWER_LETTER,
  A: LevelFormat.UPPER_LETTER,
  i: LevelFormat.LOWER_ROMAN,
  I: LevelFormat.UPPER_ROMAN,
}

function levelBase(
  level: number,
  font: string,
): Pick<ILevelsOptions, 'level' | 'alignment' | 'suffix' | 'style'> {
  return {
    level,
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.TAB,
    style: {
      paragraph: { indent: { left: listTextIndent(level), hanging: HANGING } },
      run: { font, bold: false, italics: false },
    },
  }
}

/** Left indent of a list's text at a nesting level: where later paragraphs of an item start. */
export function listTextIndent(level: number): number {
  return MARKER_START + HANGING + level * LEVEL_STEP
}

/**
 * Hands out list definitions. Every ordered list gets a definition of its own, so its numbering can
 * never run on from an earlier list (in Word or LibreOffice) whatever lies between them.
 */
export class ListNumbering {
  private orderedCount = 0
  private bulletDefinition: NumberingDefinition | null = null

  constructor(private readonly font: string) {}

  bullet(): NumberingDefinition {
    this.bulletDefinition ??= {
      reference: 'st-bullet',
      levels: Array.from({ length: LEVELS }, (_, level) => ({
        ...levelBase(level, this.font),
        format: LevelFormat.BULLET,
        text: BULLETS[level % BULLETS.length],
      })),
    }
    return this.bulletDefinition
  }

  /** A new list, counting from `start` (1 unless the editor's list says otherwise). */
  ordered(type: unknown, start: unknown): NumberingDefinition {
    this.orderedCount++
    const forced = typeof type === 'string' ? HTML_TYPES[type] : undefined
    const first = typeof start === 'number' && Number.isInteger(start) && start >= 0 ? start : 1
    return {
      reference: `st-ordered-${this.orderedCount}`,
      levels: Array.from({ length: LEVELS }, (_, level) => {
        const preset = DEFAULT_ORDERED[level % DEFAULT_ORDERED.length] ?? {
          format: LevelFormat.DECIMAL,
          suffix: '.',
        }
        return {
          ...levelBase(level, this.font),
          format: forced ?? preset.format,
          text: `%${level + 1}${forced ? '.' : preset.suffix}`,
          start: first,
        }
      }),
    }
  }
}
