import { useEffect, useMemo, useRef } from 'react'
import type { Asset } from '@shared/model/assets'
import { AssetUrls } from './assetUrls'

/**
 * One set of image URLs per loaded report, the one its editor was built with: the editor reads photo
 * URLs through the instance it got at mount, so a new instance per asset change left every photo
 * inserted after the first invisible. Assets changing keeps the instance and updates it; a new report
 * gets a new one, and the previous report's blob URLs are released then (not in an effect cleanup,
 * which StrictMode runs on a live instance).
 */
export function useAssetUrls(loadId: number, assets: Record<string, Asset>): AssetUrls {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new report (loadId) starts a new set; assets follow below
  const urls = useMemo(() => new AssetUrls(assets), [loadId])
  const previous = useRef<AssetUrls | null>(null)
  useEffect(() => urls.setAssets(assets), [urls, assets])
  useEffect(() => {
    if (previous.current && previous.current !== urls) previous.current.releaseAll()
    previous.current = urls
  }, [urls])
  return urls
}
