import { ActionIcon, Group, Paper, Progress, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPhotoPlus, IconTrash } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/model/session'
import { useData } from '../../data/hooks/useData'
import { addPhotos, removePhoto, restorePhoto, updatePhotoCaption } from '../../data/repositories/photoRepository'
import { AutosaveText } from '../../ui/AutosaveText'
import { preparePhoto } from './preparePhoto'
import { StoredPhotoImage } from './StoredPhotoImage'
import { usePhotos } from '../../data/hooks/useCaptureData'
import { notifyWithUndo } from '../../ui/notifyWithUndo'
import { SHORT_TEXT_MAX } from '../../../../shared/model/common'

/** A file being turned into a photo, as the list under the drop zone shows it. */
interface Incoming {
  key: string
  name: string
  megabytes: number
  fraction: number
  saving: boolean
}

// Lets the browser paint (the progress list) before the next piece of work starts.
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

/**
 * Photos of a session (flipcharts, metaplan walls): drop them in or pick files; each with a
 * caption. Every file shows its progress at once and is added as soon as it is ready.
 */
export function PhotosPanel({ session }: { session: Session }) {
  const { t } = useTranslation()
  const { data, bridge } = useData()
  const photos = usePhotos(session.id)
  const input = useRef<HTMLInputElement>(null)
  const [incoming, setIncoming] = useState<Incoming[]>([])
  const [over, setOver] = useState(false)

  const take = async (files: File[]) => {
    if (files.length === 0) return
    const batch = files.map((file) => ({ file, key: crypto.randomUUID() }))
    const change = (key: string, patch: Partial<Incoming>) =>
      setIncoming((list) => list.map((x) => (x.key === key ? { ...x, ...patch } : x)))
    setIncoming((list) => [
      ...list,
      ...batch.map(({ file, key }) => ({ key, name: file.name, megabytes: file.size / 1_000_000, fraction: 0, saving: false })),
    ])
    await nextPaint()
    // One file at a time: a dozen camera photos at once would hold a dozen decoded pictures in memory.
    for (const { file, key } of batch) {
      try {
        const result = await preparePhoto(file, bridge, (fraction) => change(key, { fraction }))
        if (result.ok) {
          change(key, { fraction: 1, saving: true })
          await nextPaint()
          await addPhotos(data, session.trainingId, session.id, [result.photo])
        } else {
          notifications.show({
            color: 'red',
            message: t(`capture.photos.${result.problem}`, { name: file.name, width: result.width ?? 0, height: result.height ?? 0 }),
          })
        }
      } catch {
        notifications.show({ color: 'red', message: t('capture.photos.notSaved', { name: file.name }) })
      } finally {
        setIncoming((list) => list.filter((x) => x.key !== key))
      }
    }
  }
  const remove = async (id: string) => {
    await removePhoto(data, id)
    notifyWithUndo(t('capture.photos.removed'), t('app.undo'), () => restorePhoto(data, id))
  }

  return (
    <Stack gap="md" data-testid="photos-panel">
      <div
        className="capture-drop"
        data-over={over || undefined}
        role="button"
        tabIndex={0}
        aria-label={t('capture.photos.pick')}
        onClick={() => input.current?.click()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault()
            input.current?.click()
          }
        }}
        onDragOver={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault()
          setOver(false)
          void take([...e.dataTransfer.files])
        }}
        data-testid="photo-drop"
      >
        <Group gap="sm" justify="center">
          <IconPhotoPlus size={28} />
          <Stack gap={2}>
            <Text fw={500}>{t('capture.photos.drop')}</Text>
            <Text size="xs" c="dimmed">
              {t('capture.photos.dropHint')}
            </Text>
          </Stack>
        </Group>
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple
          hidden
          data-testid="photo-input"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])]
            e.currentTarget.value = ''
            void take(files)
          }}
        />
      </div>
      {incoming.length > 0 && (
        <Stack gap={6} aria-live="polite" data-testid="photo-progress">
          {incoming.map((x) => {
            const percent = Math.round(x.fraction * 100)
            return (
              <Paper key={x.key} withBorder p="xs" data-testid="photo-progress-item">
                <Group justify="space-between" gap="sm" wrap="nowrap">
                  <Text size="sm" truncate>
                    {x.name} · {t('capture.photos.megabytes', { size: x.megabytes.toFixed(1) })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {x.saving ? t('capture.photos.saving') : t('capture.photos.preparingPercent', { percent })}
                  </Text>
                </Group>
                <Progress mt={6} value={x.saving ? 100 : percent} animated={x.saving} aria-label={`${x.name}: ${percent}%`} />
              </Paper>
            )
          })}
        </Stack>
      )}
      {photos?.length === 0 && incoming.length === 0 && <Text c="dimmed">{t('capture.photos.empty')}</Text>}
      <div className="capture-photos">
        {photos?.map((photo, index) => (
          <Paper key={photo.id} withBorder p="xs" data-testid="photo">
            <StoredPhotoImage
              hash={photo.previewHash}
              alt={photo.caption || t('capture.photos.untitled', { n: index + 1 })}
              className="capture-photo-img"
            />
            <Group gap={6} wrap="nowrap" align="flex-end" mt={6}>
              <div className="capture-grow">
                <AutosaveText
                  label={t('capture.photos.caption')}
                  placeholder={t('capture.photos.captionPlaceholder')}
                  value={photo.caption}
                  onSave={(caption) => updatePhotoCaption(data, photo.id, caption)}
                  draft={{ table: 'photos', id: photo.id, field: 'caption' }}
                  size="xs"
                  testId="photo-caption"
                  maxLength={SHORT_TEXT_MAX}
                />
              </div>
              <ActionIcon variant="subtle" color="red" aria-label={t('capture.photos.remove')} onClick={() => void remove(photo.id)} mb={4}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {t('capture.photos.size', { width: photo.width, height: photo.height })}
            </Text>
          </Paper>
        ))}
      </div>
    </Stack>
  )
}
