/**
 * What the people directory costs: reading a CSV at the import bound (2 MB, about 19,000 rows of one
 * title each), writing a 5,000-person directory back as CSV, and the title-correction check of one
 * chair against that directory (it runs on each keystroke in a chair's titles box).
 * Run: npx tsx bench/peopleCsv.ts
 */
import { MAX_PEOPLE_CSV_BYTES, peopleFromCsv, peopleToCsv } from '@shared/people/peopleCsv'
import type { PersonRecord } from '@shared/people/people'
import { titleCorrections } from '@shared/people/titleCorrections'

const RUNS = 9
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

function timed<T>(work: () => T): [number, T] {
  let out = work()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    out = work()
    times.push(performance.now() - start)
  }
  return [median(times), out]
}

const encoder = new TextEncoder()
const rows = ['Họ và tên,Chức vụ,Từ,Đến,Đơn vị\r\n']
let bytes = encoder.encode(rows[0]!).byteLength
while (rows.length <= 19_000) {
  const row = `Nguyễn Văn Số ${rows.length},"Phó Chủ tịch UBND huyện, phụ trách ""văn xã""",01/05/2020,2025,"UBND huyện\r\nBa Chẽ"\r\n`
  const size = encoder.encode(row).byteLength
  if (bytes + size > MAX_PEOPLE_CSV_BYTES) break
  bytes += size
  rows.push(row)
}
const file = encoder.encode(rows.join(''))
const [readMs, read] = timed(() => peopleFromCsv(file))
if (!read.ok) throw new Error(read.problems.map((p) => p.vi).join(' '))
console.log(
  `read CSV ${(file.byteLength / 1024).toFixed(0)} KB, ${read.people.length} people: ${readMs.toFixed(1)} ms`,
)

const directory: PersonRecord[] = read.people.slice(0, 5000).map((p, i) => ({
  ...p,
  titles: [...p.titles, 'Bí thư Huyện ủy', `Ủy viên Ban Chấp hành khóa ${i % 20}`],
  uses: 1,
  lastUsed: null,
}))
const [writeMs, csv] = timed(() => peopleToCsv(directory))
console.log(
  `write CSV, ${directory.length} people (${(csv.length / 1024).toFixed(0)} K chars): ${writeMs.toFixed(1)} ms`,
)

const chair = {
  name: directory[4321]!.name,
  titles: ['Phó Chủ tịch UBND huyện', 'Bí thư huyện uỷ', 'Uỷ viên BCH'],
}
const [fixMs, fixes] = timed(() => titleCorrections(directory, chair))
console.log(`titleCorrections, 5,000-person directory: ${fixMs.toFixed(3)} ms (${fixes.length} fixes)`)
