import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { PopupMenu } from '../menus/PopupMenu'
import { spellEntries, type SpellEntries } from './spellEntries'
import type { StatusMessage } from '../status/statusMessage'
import { attachFieldSpell, replaceInBox } from './fieldSpellLayers'
import { spellMenuEntries } from './spellMenu'
import { spellService } from './spellService'
import './spell.css'

interface Props {
  /** The panel whose text boxes are checked. */
  rootRef: RefObject<HTMLElement | null>
  onStatus(status: StatusMessage): void
}

interface OpenMenu {
  x: number
  y: number
  spell: SpellEntries
}

/**
 * Underlines misspelt words in the panel's boxes and, on a right-click on one, offers its
 * corrections and "Thêm vào từ điển", as the body's menu does.
 */
export function FieldSpellMenu({ rootRef, onStatus }: Props) {
  const { t } = useTranslation()
  const [menu, setMenu] = useState<OpenMenu | null>(null)
  const latest = useRef({ t, onStatus })
  useLayoutEffect(() => {
    latest.current = { t, onStatus }
  })

  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    return attachFieldSpell(root, spellService, ({ box, miss }, x, y) => {
      const { t: tr, onStatus: say } = latest.current
      void spellMenuEntries({
        word: miss.word,
        fix: miss.fix,
        labels: { noSuggestions: tr('spell.noSuggestions'), addToDictionary: tr('spell.addToDictionary') },
        replace: (suggestion) => replaceInBox(box, miss, suggestion),
        onStatus: say,
        onError: (text, said) => say({ kind: 'error', text, said }),
      }).then((spell) => setMenu({ x, y, spell }))
    })
  }, [rootRef])

  if (!menu) return null
  return (
    <PopupMenu
      x={menu.x}
      y={menu.y}
      entries={spellEntries(menu.spell)}
      label={t('menu.label')}
      onClose={() => setMenu(null)}
    />
  )
}
