import { useTranslation } from 'react-i18next'
import { usePhotoUrl } from '../../data/hooks/usePhotoUrl'

/**
 * A photo file from the photo store, by hash, shown from an object URL. While it loads the box
 * keeps its place; a file that cannot be read says so.
 */
export function StoredPhotoImage({ hash, alt, className }: { hash: string; alt: string; className?: string }) {
  const { t } = useTranslation()
  const url = usePhotoUrl(hash)
  if (url === null) {
    return (
      <div className={className} role="img" aria-label={alt} data-testid="photo-missing">
        {t('capture.photos.missing')}
      </div>
    )
  }
  return <img src={url} alt={alt} className={className} data-testid="photo-img" />
}
