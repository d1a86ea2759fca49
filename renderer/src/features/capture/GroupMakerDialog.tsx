import { Alert, Button, Group, Modal, NumberInput, Paper, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconArrowsShuffle } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { makeGroups, type GroupSplit } from '../../../../shared/capture/makeGroups'
import type { Participant } from '../../../../shared/model/participant'
import { groupMix } from './groupMix'
import { ModalFooter } from '../../ui/ModalFooter'

/** Shuffle seeds are drawn below this: short enough to read out and type back in. */
const SEED_RANGE = 10_000

/**
 * Splits the participants present on the session's day into N groups or groups of K, mixed by
 * gender, organisation and region; the shuffle number makes the split repeatable.
 */
export function GroupMakerDialog({
  present,
  existing,
  day,
  onCreate,
  onClose,
}: {
  present: Participant[]
  existing: number
  day: number
  onCreate: (groups: { name: string; memberIds: string[] }[]) => Promise<unknown>
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<GroupSplit['kind']>('count')
  const [amount, setAmount] = useState<number | string>(4)
  const [seed, setSeed] = useState<number | string>(() => Math.floor(Math.random() * SEED_RANGE))
  const [busy, setBusy] = useState(false)
  const byId = useMemo(() => new Map(present.map((p) => [p.id, p])), [present])
  const value = typeof amount === 'number' && amount >= 1 ? amount : 1
  const split: GroupSplit = kind === 'count' ? { kind, count: value } : { kind, size: value }
  const groups = useMemo(() => makeGroups(present, split, typeof seed === 'number' ? seed : 0), [present, split.kind, value, seed]) // eslint-disable-line react-hooks/exhaustive-deps

  const create = async () => {
    setBusy(true)
    try {
      await onCreate(groups.map((memberIds, i) => ({ name: t('capture.groups.groupName', { n: i + 1 }), memberIds })))
      onClose()
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('capture.groups.makerTitle')} size="xl">
      <Stack gap="md">
        {present.length === 0 ? (
          <Alert color="yellow">{t('capture.groups.noPresent', { day })}</Alert>
        ) : (
          <Text size="sm" c="dimmed">
            {t('capture.groups.present', { count: present.length, day })}
          </Text>
        )}
        <Group align="flex-end" gap="md">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('capture.groups.split')}
            </Text>
            <SegmentedControl
              value={kind}
              onChange={(v) => setKind(v)}
              data-testid="group-maker-kind"
              data={[
                { value: 'count', label: t('capture.groups.byCount') },
                { value: 'size', label: t('capture.groups.bySize') },
              ]}
            />
          </Stack>
          <NumberInput
            w={130}
            label={kind === 'count' ? t('capture.groups.count') : t('capture.groups.size')}
            min={1}
            max={60}
            allowDecimal={false}
            value={amount}
            onChange={setAmount}
            data-testid="group-maker-amount"
          />
          <NumberInput
            w={150}
            label={t('capture.groups.seed')}
            description={t('capture.groups.seedHint')}
            min={0}
            max={999999}
            allowDecimal={false}
            value={seed}
            onChange={setSeed}
            data-testid="group-maker-seed"
          />
          <Button
            variant="default"
            leftSection={<IconArrowsShuffle size={16} />}
            onClick={() => setSeed(Math.floor(Math.random() * 10000))}
          >
            {t('capture.groups.reshuffle')}
          </Button>
        </Group>
        {groups.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('capture.groups.preview')}
            </Text>
            <div className="capture-maker-preview" data-testid="group-maker-preview">
              {groups.map((ids, i) => (
                <Paper key={i} withBorder p="xs">
                  <Text fw={600} size="sm">
                    {t('capture.groups.groupName', { n: i + 1 })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('capture.groups.mix', groupMix(ids, byId))}
                  </Text>
                  {ids.map((id) => (
                    <Text key={id} size="sm">
                      {byId.get(id)?.name}
                    </Text>
                  ))}
                </Paper>
              ))}
            </div>
          </>
        )}
        {existing > 0 && <Alert color="orange">{t('capture.groups.replaceWarning', { count: existing })}</Alert>}
        <ModalFooter
          onCancel={onClose}
          onSubmit={() => void create()}
          submitLabel={t('capture.groups.create')}
          loading={busy}
          disabled={groups.length === 0}
          submitTestId="group-maker-create"
        />
      </Stack>
    </Modal>
  )
}
