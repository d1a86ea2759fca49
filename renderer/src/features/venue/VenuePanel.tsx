import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Drawer,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core'
import { IconRefresh, IconWifi, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Training } from '../../../../shared/model/training'
import { VOTE_LIMIT_MAX } from '../../data/venue/venueRoom'
import { QrImage } from '../../ui/QrImage'
import { useVenueLink, type VenueLink } from '../../data/hooks/useVenueLink'
import { useVenueRounds } from '../../data/hooks/useVenueRounds'

/**
 * The venue link in run mode: one button in the toolbar (with how many devices are in) that
 * opens the panel. The link keeps running, committing and publishing while the panel is closed.
 */
export function VenueButton({ training, day }: { training: Training; day: number }) {
  const { t } = useTranslation()
  const link = useVenueLink(training, day)
  const [opened, setOpened] = useState(false)
  const count = link.mine ? (link.status?.devices.length ?? 0) : 0
  return (
    <>
      <Button
        variant={link.mine ? 'light' : 'default'}
        color={link.mine ? 'teal' : undefined}
        size="sm"
        leftSection={<IconWifi size={16} />}
        onClick={() => setOpened(true)}
        data-testid="venue-button"
      >
        {link.mine ? t('venueLink.buttonOn', { count }) : t('venueLink.button')}
      </Button>
      <Drawer opened={opened} onClose={() => setOpened(false)} position="right" size="md" lockScroll={false} title={t('venueLink.title')}>
        <VenuePanel link={link} training={training} day={day} />
      </Drawer>
    </>
  )
}

function VenuePanel({ link, training, day }: { link: VenueLink; training: Training; day: number }) {
  const { t } = useTranslation()
  const { status, addresses, room } = link
  const wifi = addresses?.find((a) => a.wifi) ?? addresses?.find((a) => !a.address.startsWith('127.')) ?? addresses?.[0]
  const [picked, setPicked] = useState<string | null>(null)
  const address = picked ?? status?.address ?? wifi?.address ?? null
  const [busy, setBusy] = useState(false)
  const toggle = async (on: boolean) => {
    setBusy(true)
    try {
      if (on && address !== null) await link.start(address)
      else if (!on) await link.stop()
    } finally {
      setBusy(false)
    }
  }
  return (
    <Stack gap="sm" data-testid="venue-panel">
      <Text size="sm" c="dimmed">
        {t('venueLink.intro')}
      </Text>
      {link.dayEnded && <Alert variant="light">{t('venueLink.dayEnded')}</Alert>}
      {addresses !== null && addresses.every((a) => !a.wifi && a.address.startsWith('127.')) && (
        <Alert color="yellow">{t('venueLink.noNetwork')}</Alert>
      )}
      <Select
        label={t('venueLink.network')}
        description={t('venueLink.networkHint')}
        data={(addresses ?? []).map((a) => ({
          value: a.address,
          label: `${a.wifi && !/wi-?fi|wlan/i.test(a.name) ? t('venueLink.wifi', { name: a.name }) : a.name} · ${a.address}`,
        }))}
        value={address}
        onChange={setPicked}
        disabled={link.mine}
        allowDeselect={false}
        data-testid="venue-network"
      />
      <Switch
        label={t('venueLink.on')}
        checked={link.mine}
        disabled={busy || address === null}
        onChange={(e) => void toggle(e.currentTarget.checked)}
        data-testid="venue-on"
      />
      {link.error !== null && <Alert color="red">{t('venueLink.failed', { message: link.error })}</Alert>}
      {link.mine && status !== null && room !== undefined && (
        <>
          <Group align="flex-start" wrap="nowrap">
            {status.joinUrl !== null && <QrImage text={status.joinUrl} size={120} label={t('venueLink.joinTitle')} />}
            <Stack gap={4}>
              <Text size="sm">
                {t('venueLink.address')}: <b data-testid="venue-url">{status.url}</b>
              </Text>
              <Group gap="xs">
                <Text size="sm">{t('venueLink.code')}:</Text>
                <Text fw={700} size="xl" ff="monospace" data-testid="venue-code">
                  {status.roomCode}
                </Text>
                <ActionIcon variant="default" aria-label={t('venueLink.rotate')} onClick={() => void link.rotate()}>
                  <IconRefresh size={16} />
                </ActionIcon>
              </Group>
              <Switch
                size="xs"
                label={t('venueLink.projectJoin')}
                checked={room.projectJoin}
                onChange={(e) => void link.setRoom({ projectJoin: e.currentTarget.checked })}
                data-testid="venue-project-join"
              />
            </Stack>
          </Group>
          <Switch
            label={t('venueLink.paused')}
            description={t('venueLink.pausedHint')}
            checked={room.paused}
            onChange={(e) => void link.setPaused(e.currentTarget.checked)}
          />
          <Switch
            label={t('venueLink.hold')}
            description={t('venueLink.holdHint')}
            checked={room.holdForReview}
            onChange={(e) => void link.setRoom({ holdForReview: e.currentTarget.checked })}
            data-testid="venue-hold"
          />
          <OpenForPhones link={link} training={training} day={day} />
          <Devices link={link} />
          <Pairing url={status.pairUrl} />
          <Title order={5}>{t('venueLink.selfTestTitle')}</Title>
          <Text size="sm">{t('venueLink.selfTest', { url: status.url ?? '' })}</Text>
          <Text size="sm" c={status.reachedFromOtherDeviceAt === null ? 'dimmed' : 'teal'} data-testid="venue-self-test">
            {status.reachedFromOtherDeviceAt === null
              ? t('venueLink.selfTestWaiting')
              : t('venueLink.selfTestOk', { time: new Date(status.reachedFromOtherDeviceAt).toLocaleTimeString() })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('venueLink.selfTestHelp')}
          </Text>
        </>
      )}
    </Stack>
  )
}

function OpenForPhones({ link, training, day }: { link: VenueLink; training: Training; day: number }) {
  const { t } = useTranslation()
  const rounds = useVenueRounds(training.id, day) ?? []
  const room = link.room
  if (room === undefined) return null
  const roundId = room.voting?.roundId ?? room.cardRoundId
  return (
    <Stack gap="xs">
      <Title order={5}>{t('venueLink.open')}</Title>
      <Select
        label={t('venueLink.cards')}
        placeholder={t('venueLink.noRound')}
        data={rounds.map((r) => ({ value: r.id, label: r.label }))}
        value={room.cardRoundId}
        onChange={(id) => void link.setRoom({ cardRoundId: id })}
        clearable
        data-testid="venue-card-round"
      />
      <Group align="flex-end">
        <Switch
          label={t('venueLink.voting')}
          checked={room.voting !== null}
          disabled={roundId === null}
          onChange={(e) => void link.setRoom({ voting: e.currentTarget.checked && roundId !== null ? { roundId, limit: 3 } : null })}
          data-testid="venue-voting"
        />
        <NumberInput
          label={t('venueLink.votesPerPerson')}
          min={1}
          max={VOTE_LIMIT_MAX}
          w={130}
          value={room.voting?.limit ?? 3}
          disabled={room.voting === null}
          onChange={(v) => {
            const limit = typeof v === 'number' ? v : Number(v)
            if (room.voting !== null && Number.isInteger(limit) && limit >= 1 && limit <= VOTE_LIMIT_MAX)
              void link.setRoom({ voting: { ...room.voting, limit } })
          }}
          data-testid="venue-vote-limit"
        />
      </Group>
      <Select
        label={t('venueLink.evaluation')}
        data={[
          { value: '0', label: t('venueLink.closed') },
          ...Array.from({ length: training.days }, (_, i) => ({ value: String(i + 1), label: t('venueLink.evaluationDay', { n: i + 1 }) })),
        ]}
        value={String(room.evaluationDay ?? 0)}
        onChange={(v) => void link.setRoom({ evaluationDay: v === null || v === '0' ? null : Number(v) })}
        allowDeselect={false}
      />
      <div>
        <Text size="sm" fw={500}>
          {t('venueLink.prePost')}
        </Text>
        <SegmentedControl
          size="xs"
          value={room.prePost ?? 'closed'}
          onChange={(v) => void link.setRoom({ prePost: v === 'pre' || v === 'post' ? v : null })}
          data={[
            { value: 'closed', label: t('venueLink.closed') },
            { value: 'pre', label: t('venueLink.pre') },
            { value: 'post', label: t('venueLink.post') },
          ]}
        />
      </div>
    </Stack>
  )
}

function Devices({ link }: { link: VenueLink }) {
  const { t } = useTranslation()
  const devices = link.status?.devices ?? []
  const participants = devices.filter((d) => d.role === 'participant')
  return (
    <Stack gap={4} data-testid="venue-devices">
      <Title order={5}>{t('venueLink.devices')}</Title>
      <Text size="sm">{t('venueLink.participantsCount', { count: participants.length })}</Text>
      {devices.map((d, i) => {
        const name = d.role === 'co-trainer' ? `${t('venueLink.coTrainer')}: ${d.name ?? ''}` : `#${String(i + 1)}`
        return (
          <Group key={d.id} gap="xs" wrap="nowrap">
            <Text size="sm" style={{ flex: 1 }}>
              {name}
            </Text>
            <Badge size="xs" color={d.online ? 'teal' : 'gray'} variant="light">
              {d.online ? t('venueLink.online') : t('venueLink.offline')}
            </Badge>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('venueLink.removeDevice', { name })}
              onClick={() => void link.remove(d.id)}
            >
              <IconX size={14} />
            </ActionIcon>
          </Group>
        )
      })}
    </Stack>
  )
}

function Pairing({ url }: { url: string | null }) {
  const { t } = useTranslation()
  const [shown, setShown] = useState(false)
  if (url === null) return null
  return (
    <Stack gap={4}>
      <Title order={5}>{t('venueLink.pairTitle')}</Title>
      <Text size="xs" c="dimmed">
        {t('venueLink.pairHint')}
      </Text>
      <Button variant="default" size="xs" onClick={() => setShown(!shown)} data-testid="venue-pair-toggle">
        {shown ? t('venueLink.hidePair') : t('venueLink.showPair')}
      </Button>
      {shown && <QrImage text={url} size={160} label={t('venueLink.pairTitle')} />}
    </Stack>
  )
}
