import { describe, expect, it } from 'vitest'
import { asciiSlug } from '@shared/text/asciiSlug'
import { stripVietnameseMarks } from '@shared/text/stripVietnameseMarks'
import { templateIdFromName } from '@shared/templates/templateFromReport'
import { defaultImagesDir } from '@node/htmlExportFile'
import { foldVietnamese } from '@shared/people/people'
import { basename } from 'node:path'
import { exportHtml } from '@shared/export/html/exportHtml'
import { figure, report, withPhoto } from '../../../fixtures/builders'

describe('asciiSlug', () => {
  it.each([
    ['every tone on a', 'a á à ả ã ạ', 'a-a-a-a-a-a'],
    ['ă and â with tones', 'ăắằẳẵặ âấầẩẫậ', 'aaaaaa-aaaaaa'],
    ['ê, ô, ơ, ư with tones', 'ềể ộỗ ớợ ừự', 'ee-oo-oo-uu'],
    ['i and y with tones', 'í ì ỉ ĩ ị ý ỳ ỷ ỹ ỵ', 'i-i-i-i-i-y-y-y-y-y'],
    ['đ and Đ', 'Đường đến Đồng Đăng', 'duong-den-dong-dang'],
    ['capitals', 'ỦY BAN NHÂN DÂN TỈNH', 'uy-ban-nhan-dan-tinh'],
    ['NFD input', 'Thường trực Tỉnh ủy'.normalize('NFD'), 'thuong-truc-tinh-uy'],
    ['punctuation', 'Hội nghị (lần 2): “Tổng kết”, 2024!', 'hoi-nghi-lan-2-tong-ket-2024'],
    ['emoji', '🎉 Chúc mừng 🇻🇳 năm mới', 'chuc-mung-nam-moi'],
    ['a path', '../../etc/passwd', 'etc-passwd'],
    ['a file name', 'Ảnh hội nghị (1).JPG', 'anh-hoi-nghi-1-jpg'],
    ['other scripts', '日本', ''],
    ['empty input', '', ''],
    ['only spaces and marks', '  -- ̀ ', ''],
  ])('%s', (_name, input, expected) => {
    expect(asciiSlug(input)).toBe(expected)
  })

  it('is bounded, and the bound counts letters after leading junk is dropped', () => {
    const long = asciiSlug(`... ${'Đà Nẵng '.repeat(20)}`, 40)
    expect(long).toBe('da-nang-'.repeat(5).slice(0, 40).replace(/-+$/, ''))
    expect(long.length).toBeLessThanOrEqual(40)
    expect(long).not.toMatch(/^-|-$/)
    expect(asciiSlug(`---${'a'.repeat(50)}`, 40)).toHaveLength(40)
  })

  it('gives only characters safe in a file name and a URL', () => {
    expect(asciiSlug('a<b>c:d"e/f\\g|h?i*j\u0000k%20l#m')).toMatch(/^[a-z0-9-]+$/)
  })
})

describe('every slug in the app goes through asciiSlug', () => {
  const name = `... Giao ban Đảng ủy khối “Dân vận” ${'quý '.repeat(20)}`
  it('template ids', () => {
    expect(templateIdFromName(name)).toBe(asciiSlug(name, 56))
    expect(templateIdFromName('日本')).toBe('mau')
  })
  it('the HTML images folder', () => {
    expect(basename(defaultImagesDir(`/tmp/${name}.html`))).toBe(`${asciiSlug(name, 60)}-anh`)
    expect(basename(defaultImagesDir('/tmp/日本.html'))).toBe('bao-cao-anh')
  })
  it('image file names in an HTML export', () => {
    const r = report(figure('anh-1', '', 'Chú thích'))
    withPhoto(r, 'anh-1', `${name}.png`)
    withPhoto(r, 'anh-2', '🎉.png', 2) // another photo: one stored twice is written once
    r.body.content?.push(figure('anh-2', '', 'Hai'))
    const files = exportHtml(r, { images: { kind: 'files', folderUrl: 'anh' } }).images.map((i) => i.fileName)
    expect(files).toEqual([`01-${asciiSlug(name)}.png`, '02-anh.png'])
  })
  it('people search folds the same marks', () => {
    expect(foldVietnamese('Đỗ Thị Hường')).toBe('do thi huong')
    expect(stripVietnameseMarks('Đỗ Thị Hường')).toBe('Do Thi Huong')
  })
})
