import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useData } from '../../data/hooks/useData'
import { photoObjectUrl } from '../../data/photos/photoBytes'

/**
 * A photo file from the photo store, by hash: read through the bridge (never a path) and shown
 * from an object URL. While it loads the box keeps its place; a file that cannot be read says so.
 */
export function StoredPhotoImage({ hash, alt, className }: { hash: string; alt: string; className?: string }) {
  const { t } = useTranslation()
  const { data, bridge } = useData()
  const [state, setState] = useState<{ hash: string; url: string | null } | null>(null)
  useEffect(() => {
    let live = true
    void photoObjectUrl(data.db, bridge, hash).then((url) => {
      if (live) setState({ hash, url })
    })
    return () => {
      live = false
    }
  }, [data.db, bridge, hash])
  if (state?.hash === hash && state.url === null) {
    return <div className={className} role="img" aria-label={alt} data-testid="photo-missing">{t('capture.photos.missing')}</div>
  }
  return <img src={state?.hash === hash && state.url !== null ? state.url : undefined} alt={alt} className={className} data-testid="photo-img" />
}
