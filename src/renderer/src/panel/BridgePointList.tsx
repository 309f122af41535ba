import { memo, useLayoutEffect, useRef, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { BridgePoint } from '@shared/model/fields'
import type { PersonRecord } from '@shared/people/people'
import type { FieldStore } from '@shared/templates/fieldStore'
import {
  addBridgePoint,
  moveBridgePoint,
  removeBridgePoint,
  updateBridgePoint,
} from '@shared/templates/bridgePointOps'
import { PersonInput } from './PersonInput'

interface Props {
  store: FieldStore
  /** The store's bridge points; the list re-renders only when they change, not on other fields. */
  points: readonly BridgePoint[]
  people: readonly PersonRecord[]
  required?: boolean
}

type FocusTarget = { id: string; control: 'up' | 'down' | 'remove' | 'place' } | { id: null; control: 'add' }

const controlId = (pointId: string, control: string) => `st-bp-${pointId}-${control}`

/**
 * Bridge points as repeatable records. Up, down and remove are ordinary buttons, so they work from the
 * keyboard; focus follows the moved point and a live region says what happened.
 */
export const BridgePointList = memo(function BridgePointList({ store, points, people, required }: Props) {
  const { t } = useTranslation()
  const [announce, setAnnounce] = useState('')
  const focusNext = useRef<FocusTarget | null>(null)

  useLayoutEffect(() => {
    const target = focusNext.current
    if (!target) return
    focusNext.current = null
    const id = target.id === null ? 'st-bp-add' : controlId(target.id, target.control)
    document.getElementById(id)?.focus()
  })

  const move = (index: number, delta: number) => {
    const point = points[index]
    if (!point) return
    const target = index + delta
    // At the ends the pressed button disables itself; keep focus on the point's other arrow.
    const control = delta < 0 ? (target === 0 ? 'down' : 'up') : target === points.length - 1 ? 'up' : 'down'
    focusNext.current = { id: point.id, control }
    store.update((f) => moveBridgePoint(f, index, delta))
    setAnnounce(
      t('panel.moved', { place: point.place || t('panel.bridgePoint', { n: index + 1 }), n: target + 1 }),
    )
  }

  const remove = (index: number) => {
    const point = points[index]
    if (!point) return
    const neighbour = points[index + 1] ?? points[index - 1]
    focusNext.current = neighbour ? { id: neighbour.id, control: 'remove' } : { id: null, control: 'add' }
    store.update((f) => removeBridgePoint(f, index))
    setAnnounce(t('panel.removed', { place: point.place || t('panel.bridgePoint', { n: index + 1 }) }))
  }

  const add = () => {
    const id = crypto.randomUUID()
    focusNext.current = { id, control: 'place' }
    store.update((f) => addBridgePoint(f, id))
    setAnnounce(t('panel.added', { n: points.length + 1 }))
  }

  return (
    <section className="st-panel-section" aria-labelledby="st-bp-heading">
      <h3 id="st-bp-heading">
        {t('fields.bridgePoints')} {required && <span className="st-required">{t('panel.required')}</span>}
      </h3>
      {points.length === 0 && <p className="st-muted">{t('panel.noBridgePoints')}</p>}
      <ol className="st-bp-list">
        {points.map((point, index) => {
          const n = index + 1
          return (
            <li key={point.id} className="st-bp" data-testid="bridge-point">
              <fieldset>
                <legend>{t('panel.bridgePoint', { n })}</legend>
                <div className="st-bp-tools">
                  <button
                    type="button"
                    id={controlId(point.id, 'up')}
                    aria-label={t('panel.moveUp', { n })}
                    title={t('panel.moveUp', { n })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    id={controlId(point.id, 'down')}
                    aria-label={t('panel.moveDown', { n })}
                    title={t('panel.moveDown', { n })}
                    disabled={index === points.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    id={controlId(point.id, 'remove')}
                    aria-label={t('panel.remove', { n })}
                    title={t('panel.remove', { n })}
                    onClick={() => remove(index)}
                  >
                    ✕
                  </button>
                </div>
                <label htmlFor={controlId(point.id, 'place')}>{t('panel.place')}</label>
                <input
                  id={controlId(point.id, 'place')}
                  type="text"
                  value={point.place}
                  onChange={(e) =>
                    store.update((f) => updateBridgePoint(f, index, { place: e.target.value }))
                  }
                />
                <PersonInput
                  legend={t('panel.bridgeChair')}
                  person={point.chair}
                  people={people}
                  onChange={(chair) => store.update((f) => updateBridgePoint(f, index, { chair }))}
                />
                <label htmlFor={controlId(point.id, 'note')}>
                  <Trans i18nKey="panel.note" components={{ vi: <span lang="vi" /> }} />
                </label>
                <input
                  id={controlId(point.id, 'note')}
                  type="text"
                  value={point.note}
                  onChange={(e) => store.update((f) => updateBridgePoint(f, index, { note: e.target.value }))}
                />
              </fieldset>
            </li>
          )
        })}
      </ol>
      <button type="button" id="st-bp-add" className="st-add" onClick={add}>
        + {t('panel.addBridgePoint')}
      </button>
      <p className="st-sr-only" role="status" aria-live="polite">
        {announce}
      </p>
    </section>
  )
})
