import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useVenueJoin } from '../../data/hooks/useVenueJoin'
import { QrImage } from '../../ui/QrImage'

/** The participants' way into the venue link, in a corner of the projector: QR code, short address and room code. */
export function ProjectorJoin({ trainingId }: { trainingId: string }) {
  const { t } = useTranslation()
  const join = useVenueJoin(trainingId)
  if (join === null) return null
  return (
    <aside className="pj-join" data-testid="pj-join">
      <QrImage text={join.joinUrl} size={170} label={t('venueLink.joinTitle')} />
      <div>
        <Text className="pj-join-title">{t('venueLink.joinTitle')}</Text>
        <Text className="pj-join-how">{t('venueLink.joinHow', { url: join.url.replace(/^http:\/\//, '') })}</Text>
        <Text className="pj-join-code" data-testid="pj-join-code">
          {join.code}
        </Text>
      </div>
    </aside>
  )
}
