import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { SpellEntries } from './spellEntries'
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
  const ref = useRef<HTMLDivElement>(null)
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

  useLayoutEffect(() => {
    const el = ref.current
    if (!menu || !el) return
    const box = el.getBoundingClientRect()
    el.style.left = `${Math.max(0, Math.min(menu.x, window.innerWidth - box.width - 4))}px`
    el.style.top = `${Math.max(0, Math.min(menu.y, window.innerHeight - box.height - 4))}px`
    el.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
  }, [menu])

  useEffect(() => {
    if (!menu) return
    const close = (e: Event) => {
      if (!ref.current?.contains(e.target as Node)) setMenu(null)
    }
    window.addEventListener('mousedown', close, true)
    window.addEventListener('blur', close)
    return () => {
      window.removeEventListener('mousedown', close, true)
      window.removeEventListener('blur', close)
    }
  }, [menu])

  if (!menu) return null
  const { spell } = menu
  const onKeyDown = (e: React.KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (e.key === 'Escape') {
      e.preventDefault()
      setMenu(null)
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      buttons[(at + step + buttons.length) % buttons.length]?.focus()
    }
  }
  const item = (key: string, label: string, enabled: boolean, run: () => void) => (
    <button
      key={key}
      type="button"
      role="menuitem"
      disabled={!enabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        setMenu(null)
        run()
      }}
    >
      {label}
    </button>
  )
  return (
    <div
      ref={ref}
      className="st-context-menu"
      role="menu"
      aria-label={t('menu.label')}
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={onKeyDown}
    >
      {spell.suggestions.map((s, i) => item(`spell-${i}`, s, true, () => spell.replace(s)))}
      {spell.suggestions.length === 0 && item('spell-none', spell.noSuggestions, false, () => undefined)}
      {item('spell-add', spell.addToDictionary, spell.canAdd, spell.add)}
    </div>
  )
}
