import type { BridgePoint, ReportFields } from '../model/fields'

/** A new empty bridge point at the end of the list. */
export function addBridgePoint(fields: ReportFields, id: string): ReportFields {
  return { ...fields, bridgePoints: [...fields.bridgePoints, { id, place: '', chair: null, note: '' }] }
}

export function removeBridgePoint(fields: ReportFields, index: number): ReportFields {
  return { ...fields, bridgePoints: fields.bridgePoints.filter((_p, i) => i !== index) }
}

/** Moves the bridge point at `index` by `delta` places; out-of-range moves change nothing. */
export function moveBridgePoint(fields: ReportFields, index: number, delta: number): ReportFields {
  const target = index + delta
  const list = fields.bridgePoints
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return fields
  const next = [...list]
  const [moved] = next.splice(index, 1)
  if (!moved) return fields
  next.splice(target, 0, moved)
  return { ...fields, bridgePoints: next }
}

export function updateBridgePoint(
  fields: ReportFields,
  index: number,
  patch: Partial<BridgePoint>,
): ReportFields {
  return {
    ...fields,
    bridgePoints: fields.bridgePoints.map((p, i) => (i === index ? { ...p, ...patch } : p)),
  }
}
