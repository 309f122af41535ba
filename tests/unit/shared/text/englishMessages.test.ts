import { describe, expect, it } from 'vitest'
import { describeErrorEn, errorDetailEn } from '@shared/text/describeError'
import { errnoMeaningEn } from '@shared/text/errnoMeaning'
import { SaidError } from '@shared/text/said'
import { jobStopMessage } from '@node/jobs/jobLimits'
import { toSaveError } from '@node/saveErrors'
import { inLanguage } from '@main/ipc/inLanguage'

const VIETNAMESE = /[ăâđêôơưàáảãạầấẩẫậằắẳẵặèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i
const unquoted = (message: string) => message.replace(/"[^"]*"/g, '')
const errno = (code: string) => Object.assign(new Error(`${code}: system text, open '/x/y'`), { code })

const CODES = ['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EACCES', 'EPERM', 'EBUSY', 'ENOENT', 'ENOTDIR'].concat([
  'ENAMETOOLONG',
  'EISDIR',
  'ELOOP',
  'EIO',
  'EEXIST',
  'EMFILE',
  'ESTALE',
  'EXDEV',
  'UNKNOWN',
])

describe('the English of main’s messages', () => {
  it.each(CODES)('a save failing with %s is told in English, in its own words', (code) => {
    const error = toSaveError(errno(code), 'Báo cáo tuần.soantin')
    expect(error.en).toContain('"Báo cáo tuần.soantin"')
    expect(unquoted(error.en)).not.toMatch(VIETNAMESE)
    // Not the system's sentence, and not the code alone.
    expect(error.en).not.toContain('system text')
    expect(error.en).not.toContain(code)
    expect(error.en).not.toBe(error.message)
  })

  it('gives each file-system code an English meaning and keeps an unknown code as the only clue', () => {
    expect(errnoMeaningEn('ELOOP')).toBe('a shortcut (symbolic link) that loops and leads to no real file')
    expect(errnoMeaningEn('EWHATEVER')).toBe('a system error of unknown cause (error code EWHATEVER)')
    expect(describeErrorEn(errno('EEXIST'))).toBe('A file or folder of the same name already exists.')
  })

  it('names V8’s limits and prefers an error’s own English', () => {
    expect(describeErrorEn(new RangeError('Invalid string length'))).toMatch(/^The content is too large/)
    expect(describeErrorEn(new RangeError('Maximum call stack size exceeded'))).toMatch(/nested too deeply/)
    expect(describeErrorEn(new TypeError("Cannot read properties of undefined (reading 'x')"))).toMatch(
      /^The program hit an unexpected error/,
    )
    expect(describeErrorEn(new SaidError('Ổ đĩa đầy.', 'The disk is full.'))).toBe('The disk is full.')
    expect(errorDetailEn(new SaidError('Ổ đĩa đầy.', 'The disk is full.'))).toBe('the disk is full')
    expect(errorDetailEn(errno('EIO'))).toBe('a disk read/write error')
  })

  it('says why a job was stopped in English too', () => {
    const limits = { timeoutMs: 120_000, maxMemoryMb: 1024 }
    expect(jobStopMessage('buildDocx', 'memory', limits)).toEqual({
      vi: 'Bản thảo cần quá nhiều bộ nhớ để xuất DOCX (vượt 1.024 MB); việc xuất DOCX đã dừng, bản thảo không bị thay đổi.',
      en: 'The draft needs too much memory to export to DOCX (over 1,024 MB); the DOCX export was stopped, the draft is unchanged.',
    })
    expect(jobStopMessage('readDraft', 'timeout', limits).en).toBe(
      'The draft needs more than 120 seconds to open; opening was stopped, the file is unchanged.',
    )
    expect(jobStopMessage('buildHtml', 'crash', limits, 134).en).toBe(
      'The process working on the draft stopped suddenly (exit code 134), so the HTML export did not finish; the draft is unchanged.',
    )
  })

  it('sends the window the message of its language, and both only as said', () => {
    const failure = { ok: false, message: 'Không lưu được.', en: 'Not saved.' }
    const said = { vi: 'Không lưu được.', en: 'Not saved.' }
    expect(inLanguage(failure, 'en')).toEqual({ ok: false, message: 'Not saved.', said })
    expect(inLanguage(failure, 'vi')).toEqual({ ok: false, message: 'Không lưu được.', said })
    // A failure written before its English existed keeps its Vietnamese rather than lose the cause.
    expect(inLanguage({ ok: false, message: 'Không lưu được.' }, 'en')).toEqual({
      ok: false,
      message: 'Không lưu được.',
    })
    expect(inLanguage([1, 2], 'en')).toEqual([1, 2])
  })
})
