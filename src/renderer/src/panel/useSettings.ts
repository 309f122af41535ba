import { useCallback, useEffect, useState } from 'react'
import type { Settings } from '@shared/settings/settings'
import { resolveThemeHeader } from '@shared/settings/themeHeader'
import type { FieldStore } from '@shared/templates/fieldStore'
import type { StatusMessage } from '../status/statusMessage'
import { useLatest } from '../hooks/useLatest'
import { api } from '../ipc/api'

interface SettingsArgs {
  fieldStore: FieldStore
  setStatus(status: StatusMessage): void
}

/** The settings (annual themes, author, units), null until main answers; saving re-resolves the theme. */
export function useSettings(args: SettingsArgs) {
  const latestRef = useLatest(args)
  const [settings, setSettings] = useState<Settings | null>(null)

  useEffect(() => {
    void api()
      .getSettings()
      .then((r) => {
        setSettings(r.settings)
        if (r.warning) latestRef.current.setStatus({ kind: 'error', text: r.warning })
      })
  }, [latestRef])

  const saveSettings = useCallback(
    async (next: Settings): Promise<string | null> => {
      const result = await api().saveSettings({ settings: next })
      if (!result.ok) return result.message
      setSettings(result.settings)
      latestRef.current.fieldStore.update((f) => {
        const themeHeader = resolveThemeHeader(f, result.settings)
        return themeHeader.text === f.themeHeader.text && themeHeader.overridden === f.themeHeader.overridden
          ? f
          : { ...f, themeHeader }
      })
      latestRef.current.setStatus({ kind: 'info', key: 'settings.saved' })
      return null
    },
    [latestRef],
  )

  return { settings, saveSettings }
}
