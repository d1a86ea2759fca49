import { ActionIcon, Group, Loader, Paper, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPhotoPlus, IconTrash } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/model/session'
import { useData } from '../../app/DataProvider'
import { addPhotos, removePhoto, restorePhoto, updatePhotoCaption, type PhotoInput } from '../../data/repositories/photoRepository'
import { AutosaveText } from './AutosaveText'
import { preparePhoto } from './preparePhoto'
import { usePhotos } from './useCaptureData'
import { notifyWithUndo } from '../../ui/notifyWithUndo'

/** Photos of a session (flipcharts, metaplan walls): drop them in or pick files; each with a caption. */
export function PhotosPanel({ session }: { session: Session }) {
  const { t } = useTranslation()
  const { data } = useData()
  const photos = usePhotos(session.id)
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [over, setOver] = useState(false)

  const take = async (files: File[]) => {
    if (files.length === 0) return
    setBusy(true)
    try {
      const ready: PhotoInput[] = []
      for (const file of files) {
        const result = await preparePhoto(file)
        if (result.ok) ready.push(result.photo)
        else notifications.show({ color: 'red', message: t(`capture.photos.${result.problem}`, { name: file.name }) })
      }
      if (ready.length > 0) await addPhotos(data, session.trainingId, session.id, ready)
    } finally {
      setBusy(false)
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
          {busy ? <Loader size="sm" /> : <IconPhotoPlus size={28} />}
          <Stack gap={2}>
            <Text fw={500}>{busy ? t('capture.photos.preparing') : t('capture.photos.drop')}</Text>
            <Text size="xs" c="dimmed">{t('capture.photos.dropHint')}</Text>
          </Stack>
        </Group>
        <input ref={input} type="file" accept="image/jpeg,image/png,image/webp" multiple hidden data-testid="photo-input"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])]
            e.currentTarget.value = ''
            void take(files)
          }} />
      </div>
      {photos?.length === 0 && <Text c="dimmed">{t('capture.photos.empty')}</Text>}
      <div className="capture-photos">
        {photos?.map((photo) => (
          <Paper key={photo.id} withBorder p="xs" data-testid="photo">
            <img src={photo.preview} alt={photo.caption} className="capture-photo-img" />
            <Group gap={6} wrap="nowrap" align="flex-end" mt={6}>
              <div className="capture-grow">
                <AutosaveText label={t('capture.photos.caption')} placeholder={t('capture.photos.captionPlaceholder')} value={photo.caption}
                  onSave={(caption) => updatePhotoCaption(data, photo.id, caption)} draft={{ table: 'photos', id: photo.id, field: 'caption' }} size="xs" testId="photo-caption" maxLength={500} />
              </div>
              <ActionIcon variant="subtle" color="red" aria-label={t('capture.photos.remove')} onClick={() => void remove(photo.id)} mb={4}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            <Text size="xs" c="dimmed" mt={4}>{t('capture.photos.size', { width: photo.width, height: photo.height })}</Text>
          </Paper>
        ))}
      </div>
    </Stack>
  )
}
