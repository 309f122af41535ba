import type { Editor } from '@tiptap/core'
import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react'

/**
 * Where the selected photo's toolbar floats: centred just above the image, held inside the visible
 * page area. Measured again on scroll, resize and every transaction while a photo is selected.
 */
export function usePhotoToolbarPlace(
  editor: Editor,
  pos: number | null,
  bar: RefObject<HTMLElement | null>,
): CSSProperties | undefined {
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null)
  useLayoutEffect(() => {
    if (pos === null) return
    const measure = () => {
      if (editor.isDestroyed) return
      const dom = editor.view.nodeDOM(pos)
      const frame = dom instanceof HTMLElement ? dom.querySelector('.st-photo-frame') : null
      const area = editor.view.dom.closest('.st-main')?.getBoundingClientRect()
      if (!frame || !area) return
      const image = frame.getBoundingClientRect()
      const height = bar.current?.offsetHeight ?? 0
      const top = Math.max(area.top + 4, Math.min(image.top - height - 10, area.bottom - height - 4))
      const left = image.left + image.width / 2
      setPlace((last) => (last && last.top === top && last.left === left ? last : { top, left }))
    }
    measure()
    window.addEventListener('scroll', measure, true)
    window.addEventListener('resize', measure)
    editor.on('transaction', measure)
    return () => {
      window.removeEventListener('scroll', measure, true)
      window.removeEventListener('resize', measure)
      editor.off('transaction', measure)
    }
  }, [editor, pos, bar])
  return place ? { top: place.top, left: place.left } : { visibility: 'hidden' }
}
