import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  currentUnit,
  WEB_PHOTO_LIMITS,
  webPhotoSettingsSchema,
  type Settings,
  type UnitSettings,
} from '@shared/settings/settings'
import { Modal } from '../dialogs/Modal'
import { DialogFooter } from '../dialogs/DialogFooter'

interface Props {
  open: boolean
  settings: Settings
  /** Saves and resolves to null, or to the reason it failed. */
  onSave(settings: Settings): Promise<string | null>
  onClose(): void
}

/** The officer's unit, default author and the unit's annual themes, one per year. */
export function ThemeSettingsDialog({ open, settings, onSave, onClose }: Props) {
  return (
    <Modal open={open} labelledBy="st-settings-title" onClose={onClose}>
      <SettingsForm settings={settings} onSave={onSave} onClose={onClose} />
    </Modal>
  )
}

function SettingsForm({ settings, onSave, onClose }: Omit<Props, 'open'>) {
  const { t } = useTranslation()
  const [author, setAuthor] = useState(settings.profile.author)
  const [spellCheck, setSpellCheck] = useState(settings.spellCheck)
  const [unit, setUnit] = useState<UnitSettings>(() => structuredClone(currentUnit(settings)))
  const [error, setError] = useState<string | null>(null)
  const themes = unit.themes
  const setThemes = (next: UnitSettings['themes']) => setUnit((u) => ({ ...u, themes: next }))
  const setWebPhotos = (next: Partial<UnitSettings['webPhotos']>) =>
    setUnit((u) => ({ ...u, webPhotos: { ...u.webPhotos, ...next } }))

  const submit = async () => {
    const years = themes.map((th) => th.year)
    const duplicate = years.find((y, i) => years.indexOf(y) !== i)
    if (duplicate !== undefined) return setError(t('settings.duplicateYear', { year: duplicate }))
    const outside = years.find((y) => !Number.isInteger(y) || y < 1945 || y > 2200)
    if (outside !== undefined) return setError(t('settings.yearRange', { year: outside }))
    if (!webPhotoSettingsSchema.safeParse(unit.webPhotos).success) {
      const { maxWidthPx, jpegQuality } = WEB_PHOTO_LIMITS
      return setError(
        t('settings.webPhotosRange', {
          minWidth: maxWidthPx.min,
          maxWidth: maxWidthPx.max,
          minQuality: jpegQuality.min,
          maxQuality: jpegQuality.max,
        }),
      )
    }
    const sorted = { ...unit, themes: [...themes].sort((a, b) => a.year - b.year) }
    const known = settings.units.some((u) => u.id === unit.id)
    const next: Settings = {
      ...settings,
      spellCheck,
      profile: { ...settings.profile, author, unitId: unit.id },
      units: known ? settings.units.map((u) => (u.id === unit.id ? sorted : u)) : [...settings.units, sorted],
    }
    const failure = await onSave(next)
    if (failure) setError(failure)
    else onClose()
  }

  return (
    <form
      className="st-dialog-form"
      // Our own Vietnamese messages, not the browser's bubble in the system's language.
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <h2 id="st-settings-title">{t('settings.title')}</h2>
      <label htmlFor="st-set-author">{t('settings.author')}</label>
      <input id="st-set-author" type="text" value={author} onChange={(e) => setAuthor(e.target.value)} />
      <label htmlFor="st-set-unit">{t('settings.unit')}</label>
      <input
        id="st-set-unit"
        type="text"
        value={unit.name}
        onChange={(e) => setUnit((u) => ({ ...u, name: e.target.value }))}
      />
      <label>
        <input type="checkbox" checked={spellCheck} onChange={(e) => setSpellCheck(e.target.checked)} />{' '}
        {t('settings.spellCheck')}
      </label>
      <fieldset>
        <legend>{t('settings.themes')}</legend>
        {themes.map((theme, i) => (
          <div key={i} className="st-theme-row">
            <label htmlFor={`st-set-year-${i}`}>{t('settings.year')}</label>
            <input
              id={`st-set-year-${i}`}
              type="number"
              min={1945}
              max={2200}
              value={theme.year}
              onChange={(e) =>
                setThemes(themes.map((th, j) => (j === i ? { ...th, year: Number(e.target.value) } : th)))
              }
            />
            <label htmlFor={`st-set-theme-${i}`} className="st-sr-only">
              {t('settings.text', { year: theme.year })}
            </label>
            <textarea
              id={`st-set-theme-${i}`}
              rows={2}
              value={theme.text}
              onChange={(e) =>
                setThemes(themes.map((th, j) => (j === i ? { ...th, text: e.target.value } : th)))
              }
            />
            <button
              type="button"
              aria-label={t('settings.removeTheme', { year: theme.year })}
              onClick={() => setThemes(themes.filter((_th, j) => j !== i))}
            >
              ✕
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            const last = themes.reduce((max, th) => Math.max(max, th.year), new Date().getFullYear() - 1)
            setThemes([...themes, { year: last + 1, text: '' }])
          }}
        >
          + {t('settings.addTheme')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('settings.conventions')}</legend>
        <div className="st-theme-row">
          <label htmlFor="st-set-tone-style">{t('settings.toneStyle')}</label>
          <select
            id="st-set-tone-style"
            value={unit.toneStyle}
            onChange={(e) => setUnit((u) => ({ ...u, toneStyle: e.target.value === 'new' ? 'new' : 'old' }))}
          >
            <option value="old">{t('settings.toneStyleOld')}</option>
            <option value="new">{t('settings.toneStyleNew')}</option>
          </select>
          <label htmlFor="st-set-closing-mark">{t('settings.closingMark')}</label>
          <select
            id="st-set-closing-mark"
            value={unit.closingMark}
            onChange={(e) => setUnit((u) => ({ ...u, closingMark: e.target.value === './.' ? './.' : '' }))}
          >
            <option value="">{t('settings.closingMarkNone')}</option>
            <option value="./.">./.</option>
          </select>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.webPhotos')}</legend>
        <p className="st-settings-hint">{t('settings.webPhotosHint')}</p>
        <div className="st-theme-row">
          <label htmlFor="st-set-web-width">{t('settings.webMaxWidth')}</label>
          <input
            id="st-set-web-width"
            type="number"
            min={WEB_PHOTO_LIMITS.maxWidthPx.min}
            max={WEB_PHOTO_LIMITS.maxWidthPx.max}
            step={10}
            value={unit.webPhotos.maxWidthPx}
            onChange={(e) => setWebPhotos({ maxWidthPx: Number(e.target.value) })}
          />
          <label htmlFor="st-set-web-quality">{t('settings.webQuality')}</label>
          <input
            id="st-set-web-quality"
            type="number"
            min={WEB_PHOTO_LIMITS.jpegQuality.min}
            max={WEB_PHOTO_LIMITS.jpegQuality.max}
            value={unit.webPhotos.jpegQuality}
            onChange={(e) => setWebPhotos({ jpegQuality: Number(e.target.value) })}
          />
        </div>
      </fieldset>
      <DialogFooter
        error={error}
        cancelLabel={t('settings.cancel')}
        submitLabel={t('settings.save')}
        onCancel={onClose}
      />
    </form>
  )
}
