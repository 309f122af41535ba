import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { MenuCommand } from '@shared/ipc/contract'
import { changeLanguage, type Language } from '../i18n/setupI18n'

interface Props {
  run(command: MenuCommand): void
  /** The web output's buttons (export HTML, copy for web, preview). */
  webButtons: ReactNode
}

/** The row of file commands above the formatting toolbar, and the language switch. */
export function FileBar({ run, webButtons }: Props) {
  const { t, i18n } = useTranslation()
  const button = (command: MenuCommand, label: string) => (
    <button type="button" onClick={() => run(command)}>
      {label}
    </button>
  )
  return (
    <div className="st-filebar">
      {button('new', t('toolbar.new'))}
      {button('open', t('toolbar.open'))}
      {button('save', t('toolbar.save'))}
      {button('saveAs', t('toolbar.saveAs'))}
      {button('exportDocx', t('docxExport.button'))}
      {webButtons}
      {button('nextReport', t('templates.next'))}
      {button('saveAsTemplate', t('templates.saveAsTemplate'))}
      <label className="st-lang">
        {t('toolbar.language')}{' '}
        <select value={i18n.language} onChange={(e) => changeLanguage(e.target.value as Language)}>
          <option value="vi" lang="vi">
            Tiếng Việt
          </option>
          <option value="en">English</option>
        </select>
      </label>
    </div>
  )
}
