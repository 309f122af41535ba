/**
 * Like `deepNfc`, but returns the very same object or array wherever nothing inside needed
 * normalising, so an update that changed one field leaves the others identical (`===`).
 */
export function nfcSharing<T>(value: T): T {
  return share(value) as T
}

function share(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC')
  if (Array.isArray(value)) {
    let changed = false
    const out = value.map((item: unknown) => {
      const next = share(item)
      if (next !== item) changed = true
      return next
    })
    return changed ? out : value
  }
  if (value !== null && typeof value === 'object') {
    let changed = false
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) {
      const nfcKey = key.normalize('NFC')
      const next = share(inner)
      if (next !== inner || nfcKey !== key) changed = true
      out[nfcKey] = next
    }
    return changed ? out : value
  }
  return value
}
