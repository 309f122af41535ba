import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { peopleFromCsv } from '@shared/people/peopleCsv'
import { launchApp, type AppUnderTest } from './harness/launchApp'

/** A people file as the app wrote it before the directory: no units, no periods. */
const OLD_PEOPLE = {
  version: 1,
  people: [
    { name: 'Đỗ Thị Ninh Hường', titles: ['Tỉnh ủy viên', 'Bí thư Huyện ủy'], separator: 'comma', uses: 3 },
    { name: 'Đỗ Thị Ninh Huờng', titles: ['Chủ tịch HĐND huyện'], separator: 'comma', uses: 1 },
    { name: 'Nguyễn Xuân Ký', titles: ['Bí thư Tỉnh ủy'], separator: 'comma', uses: 2 },
  ],
}

describe('the people and titles directory', () => {
  let app: AppUnderTest
  const dialog = () => app.page.getByRole('dialog', { name: 'Danh bạ người và chức vụ' })
  const rows = () => dialog().locator('tbody tr')
  const rowOf = (name: string) => rows().filter({ has: app.page.getByRole('cell', { name, exact: true }) })
  const names = () => rows().locator('td:nth-child(2)').allInnerTexts()
  const note = () => dialog().locator('[role=status], [role=alert]').innerText()

  beforeAll(async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'soantin-people-e2e-'))
    mkdirSync(userDataDir, { recursive: true })
    writeFileSync(join(userDataDir, 'people.json'), JSON.stringify(OLD_PEOPLE))
    app = await launchApp({ userDataDir, viewport: { width: 1280, height: 900 } })
  }, 60_000)
  afterAll(async () => {
    await app?.close()
  })

  it('opens from the button by the chair fields, listing the people of an old people file', async () => {
    await app.page.getByRole('button', { name: 'Danh bạ…' }).click()
    await dialog().waitFor()
    await expect
      .poll(names)
      .toEqual([
        'Đỗ Thị Ninh Huờng · dùng 1 lần',
        'Đỗ Thị Ninh Hường · dùng 3 lần',
        'Nguyễn Xuân Ký · dùng 2 lần',
      ])
  })

  it('adds a person with a title held since a year, then edits them', async () => {
    await dialog().getByRole('button', { name: '+ Thêm người' }).click()
    await dialog().getByLabel('Họ và tên').fill('Lê Văn Bình')
    await dialog().getByLabel('Đơn vị').fill('UBND huyện Ba Chẽ')
    await dialog().getByLabel('Chức vụ 1', { exact: true }).fill('Chủ tịch UBND huyện Ba Chẽ')
    await dialog().getByLabel('Từ (Chức vụ 1)').fill('2021')
    await dialog().getByRole('button', { name: 'Lưu' }).click()
    await expect.poll(note).toBe('Đã lưu “Lê Văn Bình”.')
    expect(await rowOf('Lê Văn Bình').innerText()).toMatch(
      /Chủ tịch UBND huyện Ba Chẽ \(từ 2021\)\s+UBND huyện Ba Chẽ/,
    )

    await dialog().getByRole('button', { name: 'Sửa Lê Văn Bình' }).click()
    await dialog().getByRole('button', { name: '+ Thêm chức vụ' }).click()
    await dialog().getByLabel('Chức vụ 2', { exact: true }).fill('Phó Bí thư Huyện ủy')
    await dialog().getByLabel('Đến (Chức vụ 2)').fill('năm ngoái')
    await dialog().getByRole('button', { name: 'Lưu' }).click()
    // A bad period is said in the form, and what was typed stays.
    await expect
      .poll(() => dialog().getByRole('alert').innerText())
      .toMatch(/^Thời gian “năm ngoái” không hợp lệ/)
    expect(await dialog().getByLabel('Chức vụ 2', { exact: true }).inputValue()).toBe('Phó Bí thư Huyện ủy')
    await dialog().getByLabel('Đến (Chức vụ 2)').fill('2025-06')
    await dialog().getByRole('button', { name: 'Lưu' }).click()
    await expect.poll(note).toBe('Đã lưu “Lê Văn Bình”.')
    expect(await rowOf('Lê Văn Bình').innerText()).toContain('Phó Bí thư Huyện ủy (đến 2025-06)')
  })

  it('merges two entries of one person into the one kept', async () => {
    await dialog().getByRole('checkbox', { name: 'Chọn Đỗ Thị Ninh Huờng' }).check()
    await dialog().getByRole('checkbox', { name: 'Chọn Đỗ Thị Ninh Hường' }).check()
    await dialog().getByLabel('Giữ tên').selectOption({ label: 'Đỗ Thị Ninh Hường' })
    await dialog().getByRole('button', { name: 'Gộp thành một người' }).click()
    await expect.poll(note).toBe('Đã gộp thành “Đỗ Thị Ninh Hường”.')
    await expect
      .poll(names)
      .toEqual(['Đỗ Thị Ninh Hường · dùng 4 lần', 'Lê Văn Bình', 'Nguyễn Xuân Ký · dùng 2 lần'])
    expect(await rowOf('Đỗ Thị Ninh Hường · dùng 4 lần').innerText()).toMatch(
      /Tỉnh ủy viên\s+Bí thư Huyện ủy\s+Chủ tịch HĐND huyện/,
    )
  })

  it('deletes after asking in the dialog, not in a browser box', async () => {
    await dialog().getByRole('checkbox', { name: 'Chọn Nguyễn Xuân Ký' }).check()
    await dialog().getByRole('button', { name: 'Xóa đã chọn' }).click()
    expect(await dialog().getByText('Xóa khỏi danh bạ: Nguyễn Xuân Ký?').isVisible()).toBe(true)
    await dialog().getByRole('button', { name: 'Không xóa' }).click()
    expect(await names()).toHaveLength(3)
    await dialog().getByRole('button', { name: 'Xóa đã chọn' }).click()
    await dialog().getByRole('button', { name: 'Xóa', exact: true }).click()
    await expect.poll(note).toBe('Đã xóa 1 người.')
    await expect.poll(names).toEqual(['Đỗ Thị Ninh Hường · dùng 4 lần', 'Lê Văn Bình'])
  })

  it('imports an Excel CSV through the open dialog, and names the line of a bad one', async () => {
    const bad = join(app.docsDir, 'hỏng.csv')
    writeFileSync(bad, 'Họ và tên;Chức vụ;Từ\r\nTrần Văn An;Trưởng phòng;2020\r\n;Phó phòng;\r\n')
    app.dialogs.csvOpenQueue.push(bad)
    await dialog().getByRole('button', { name: 'Nhập CSV…' }).click()
    await expect.poll(note).toBe('Chưa nhập gì từ “hỏng.csv”: Dòng 3: thiếu họ và tên.')
    expect(await names()).toHaveLength(2)

    const good = join(app.docsDir, 'danh bạ excel.csv')
    writeFileSync(
      good,
      '\uFEFFHọ và tên;Chức vụ;Từ;Đến;Đơn vị\r\n' +
        'Trần Văn An;"Trưởng phòng Văn hóa; Thông tin";01/01/2020;;"Phòng Văn hóa\r\nvà Thông tin"\r\n' +
        'Lê Văn Bình;Chủ tịch UBND huyện Ba Chẽ;2021;;UBND huyện Ba Chẽ\r\n',
    )
    app.dialogs.csvOpenQueue.push(good)
    await dialog().getByRole('button', { name: 'Nhập CSV…' }).click()
    await expect.poll(note).toBe('Đã nhập: 1 người mới, 1 người cập nhật.')
    expect(await rowOf('Trần Văn An').innerText()).toMatch(
      /Trưởng phòng Văn hóa; Thông tin \(từ 2020-01-01\)\s+Phòng Văn hóa và Thông tin/,
    )
    // The file is the officer's edit of Lê Văn Bình: his second title is gone.
    expect(await rowOf('Lê Văn Bình').innerText()).not.toContain('Phó Bí thư')
  })

  it('exports the directory as a CSV that reads back the same', async () => {
    await dialog().getByRole('button', { name: 'Xuất CSV…' }).click()
    await expect.poll(note).toBe('Đã xuất 3 người vào tệp “danh-ba-nguoi-chu-tri.csv”.')
    expect(app.dialogs.exportNames.at(-1)).toEqual(['csv', 'danh-ba-nguoi-chu-tri.csv'])
    const bytes = readFileSync(join(app.docsDir, 'danh-ba-nguoi-chu-tri.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text.split('\r\n')[0]).toBe('\uFEFFHọ và tên,Chức vụ,Từ,Đến,Đơn vị')
    const read = peopleFromCsv(bytes)
    expect(read.ok && read.people.map((p) => [p.name, p.titles, p.unit])).toEqual([
      ['Đỗ Thị Ninh Hường', ['Tỉnh ủy viên', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'], ''],
      ['Lê Văn Bình', ['Chủ tịch UBND huyện Ba Chẽ'], 'UBND huyện Ba Chẽ'],
      ['Trần Văn An', ['Trưởng phòng Văn hóa; Thông tin'], 'Phòng Văn hóa và Thông tin'],
    ])
    await dialog().getByRole('button', { name: 'Đóng' }).click()
    await dialog().waitFor({ state: 'hidden' })
  })

  it('opens from the Edit menu too', async () => {
    await app.menu('peopleDirectory')
    await dialog().waitFor()
    await app.page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'hidden' })
  })

  it('offers the directory’s spelling of a chair’s title, fixed in one click', async () => {
    const chair = app.page.getByRole('group', { name: /^Người chủ trì \(điểm cầu chính\)/ })
    await chair.getByRole('combobox', { name: 'Họ và tên' }).fill('Đỗ Thị Ninh Hường')
    const titles = chair.getByLabel('Chức vụ (cách nhau bởi dấu phẩy)')
    // Typing a known name brings the directory's titles: nothing to correct.
    await expect.poll(() => titles.inputValue()).toBe('Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện')
    expect(await chair.getByTestId('title-correction').count()).toBe(0)

    await titles.fill('Tỉnh ủy viên, Bí thư huyện uỷ')
    const hint = chair.getByTestId('title-correction')
    await expect.poll(() => hint.innerText()).toContain('Danh bạ ghi chức vụ này là “Bí thư Huyện ủy”.')
    await hint.getByRole('button', { name: 'Sửa thành “Bí thư Huyện ủy”' }).click()
    await expect.poll(() => titles.inputValue()).toBe('Tỉnh ủy viên, Bí thư Huyện ủy')
    expect(await hint.count()).toBe(0)
    expect(await chair.locator('.st-person-preview').innerText()).toBe(
      'Đỗ Thị Ninh Hường, Tỉnh ủy viên, Bí thư Huyện ủy',
    )

    // A title cut short is offered in full.
    await chair.getByRole('combobox', { name: 'Họ và tên' }).fill('Lê Văn Bình')
    await titles.fill('Chủ tịch UBND huyện')
    await hint.getByRole('button', { name: 'Sửa thành “Chủ tịch UBND huyện Ba Chẽ”' }).click()
    await expect.poll(() => titles.inputValue()).toBe('Chủ tịch UBND huyện Ba Chẽ')
  })

  it('speaks English in the English interface', async () => {
    await app.page.getByLabel('Ngôn ngữ').selectOption('en')
    await app.page.getByRole('button', { name: 'Directory…' }).click()
    const english = app.page.getByRole('dialog', { name: 'People and titles' })
    await english.waitFor()
    expect(await english.getByRole('button', { name: 'Import CSV…' }).isVisible()).toBe(true)
    expect(await english.getByText('used 4 times').isVisible()).toBe(true)
    await english.getByRole('button', { name: 'Close' }).click()
    const chair = app.page.getByRole('group', { name: /^Chair/ })
    await chair.getByLabel(/^Titles/).fill('chủ tịch ubnd huyện ba chẽ')
    await expect
      .poll(() => chair.getByTestId('title-correction').innerText())
      .toContain('The directory writes this title “Chủ tịch UBND huyện Ba Chẽ”.')
    await app.page.getByLabel('Language').selectOption('vi')
  })
})
