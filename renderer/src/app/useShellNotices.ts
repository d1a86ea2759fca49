import { notifications } from '@mantine/notifications'
import { format } from 'date-fns'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { ShellNotice } from '../../../shared/ipc/contract'
import { useData } from '../data/hooks/useData'

/**
 * Shows what the desktop shell did on its own (a window reloaded after its page crashed, hung or
 * failed to load): taken when the page starts (after its own reload) and whenever the shell
 * says one waits (the projector was reloaded). Each stays until the trainer closes it.
 */
export function useShellNotices(): void {
  const { bridge } = useData()
  const { t } = useTranslation()

  useEffect(() => {
    const show = (notice: ShellNotice): void => {
      notifications.show({
        id: `shell-notice-${notice.window}-${notice.at}`,
        color: 'yellow',
        autoClose: false,
        title: t('app.shellNotice.title'),
        message: `${t(`app.shellNotice.${notice.cause}`, { window: t(`app.shellNotice.${notice.window}`), time: format(notice.at, 'HH:mm') })} ${t('app.shellNotice.safe')}`,
      })
    }
    const take = (): void => {
      void bridge.takeShellNotices().then((result) => {
        // Shown even if this frame went away meanwhile: main hands each notice out once.
        if (result.ok) result.value.forEach(show)
      })
    }
    take()
    return bridge.onShellNotice(take)
  }, [bridge, t])
}
