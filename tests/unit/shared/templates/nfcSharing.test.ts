import { describe, expect, it } from 'vitest'
import { emptyFields } from '@shared/model/fields'
import { FieldStore } from '@shared/templates/fieldStore'
import { nfcSharing } from '@shared/templates/nfcSharing'

const NFD = 'Thường trực Huyện ủy'.normalize('NFD')
const NFC = 'Thường trực Huyện ủy'.normalize('NFC')

describe('NFC with structural sharing', () => {
  it('normalises every string, keys included, and copies only the parts that changed', () => {
    const untouched = { name: 'Nguyễn Văn An', titles: ['Bí thư'] }
    const input = { [NFD]: 1, person: untouched, list: [NFD, 'ok'] }
    const out = nfcSharing(input)
    expect(Object.keys(out)).toEqual([NFC, 'person', 'list'])
    expect(out.list).toEqual([NFC, 'ok'])
    expect(out).not.toBe(input)
    expect(out.person).toBe(untouched)
    expect(nfcSharing(untouched)).toBe(untouched)
  })

  it('lets a store update keep the identity of the fields it did not touch', () => {
    const fields = emptyFields()
    fields.bridgePoints = [{ id: 'a', place: 'huyện Đầm Hà', chair: null, note: '' }]
    const store = new FieldStore(fields)
    const points = store.get().bridgePoints
    store.update((f) => ({ ...f, presidingBody: NFD }))
    expect(store.get().presidingBody).toBe(NFC)
    expect(store.get().bridgePoints).toBe(points)
    store.update((f) => ({
      ...f,
      bridgePoints: [{ ...f.bridgePoints[0]!, place: 'huyện Tiên Yên'.normalize('NFD') }],
    }))
    expect(store.get().bridgePoints[0]!.place).toBe('huyện Tiên Yên'.normalize('NFC'))
    expect(store.get().bridgePoints).not.toBe(points)
  })
})
