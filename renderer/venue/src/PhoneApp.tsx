import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiResult, RequestFailure, RoleView, VenueApi } from './api'
import type { FragmentSecret } from './fragment'
import { usePhoneT } from './i18n'
import { connectLive, liveUrl } from './live'
import type { Outbox } from './outbox'
import { CoTrainerScreen } from './CoTrainerScreen'
import { JoinScreen } from './JoinScreen'
import { OutboxList } from './OutboxList'
import { PairScreen } from './PairScreen'
import { ParticipantScreen } from './ParticipantScreen'
import { PhoneHeader } from './PhoneHeader'

type Phase =
  | { kind: 'loading' }
  | { kind: 'join'; code: string; failure: RequestFailure | null }
  | { kind: 'pair'; secret: string | null; failure: RequestFailure | null }
  | { kind: 'in'; view: RoleView }
  | { kind: 'removed' }

export interface PhoneAppProps {
  api: VenueApi
  outbox: Outbox
  /** What the address's fragment carried when the page opened (already taken out of the address bar). */
  fragment: FragmentSecret
  /** Opens the live WebSocket (a fake one in tests). */
  createSocket?: (url: string) => WebSocket
  /** Schedules the live connection's reconnects (tests run them by hand instead of waiting). */
  setLiveTimer?: (run: () => void, ms: number) => unknown
}

/**
 * The phone page: joins with the room code (from the link's fragment or typed) or pairs a
 * co-trainer, then shows the device's view live and what it sent.
 */
export function PhoneApp({ api, outbox, fragment, createSocket, setLiveTimer }: PhoneAppProps): React.JSX.Element {
  const { t } = usePhoneT()
  const [phase, setPhase] = useState<Phase>(() =>
    fragment?.kind === 'pair' ? { kind: 'pair', secret: fragment.secret, failure: null } : { kind: 'loading' },
  )
  const [connected, setConnected] = useState(true)
  const started = useRef(false)

  const showView = useCallback(
    (result: ApiResult<RoleView>): void => {
      if (result.ok) {
        setPhase({ kind: 'in', view: result.value })
        void outbox.resume()
      } else if (result.failure === 'removed') {
        setPhase({ kind: 'removed' })
      } else {
        setPhase({ kind: 'join', code: '', failure: result.failure === 'no-device' ? null : result.failure })
      }
    },
    [outbox],
  )

  /** Joins with the room code, then opens the device's view; a refusal goes back to the code. */
  const join = useCallback(
    (code: string): Promise<void> =>
      api.join(code).then(async (result) => {
        if (result.ok) showView(await api.view())
        else setPhase({ kind: 'join', code, failure: result.failure })
      }),
    [api, showView],
  )

  const pair = async (secret: string, name: string): Promise<void> => {
    const result = await api.pair(secret, name)
    if (result.ok) showView(await api.view())
    else setPhase({ kind: 'pair', secret, failure: result.failure })
  }

  useEffect(() => {
    if (started.current) return
    started.current = true
    if (fragment?.kind === 'join') void join(fragment.code)
    else if (fragment?.kind !== 'pair') void api.view().then(showView)
  }, [api, join, showView, fragment])

  const inRoom = phase.kind === 'in'
  useEffect(() => {
    if (!inRoom) return
    const live = connectLive(
      { url: liveUrl(window.location), createSocket, ...(setLiveTimer ? { setTimer: setLiveTimer, clearTimer: () => undefined } : {}) },
      {
        onView: (view) => setPhase({ kind: 'in', view }),
        onRemoved: () => setPhase({ kind: 'removed' }),
        onConnected: (open) => {
          setConnected(open)
          if (open) void outbox.resume()
        },
      },
    )
    const back = (): void => {
      live.reconnectNow()
      void outbox.resume()
    }
    window.addEventListener('online', back)
    return () => {
      window.removeEventListener('online', back)
      live.close()
    }
  }, [inRoom, createSocket, setLiveTimer, outbox])

  const leave = async (): Promise<void> => {
    await api.leave()
    setPhase({ kind: 'join', code: '', failure: null })
  }

  return (
    <div className="phone">
      <PhoneHeader
        title={phase.kind === 'in' ? phase.view.view.trainingTitle : null}
        connected={phase.kind === 'in' ? connected : null}
        onLeave={phase.kind === 'in' ? () => void leave() : null}
      />
      <main className="content">
        {phase.kind === 'loading' && <p className="note">{t('loading')}</p>}
        {phase.kind === 'join' && (
          <JoinScreen
            initialCode={phase.code}
            failure={phase.failure}
            onJoin={(code) => {
              setPhase({ kind: 'loading' })
              void join(code)
            }}
          />
        )}
        {phase.kind === 'pair' && (
          <PairScreen secret={phase.secret} failure={phase.failure} onPair={(secret, name) => pair(secret, name)} />
        )}
        {phase.kind === 'removed' && (
          <section className="panel" aria-labelledby="removed-title">
            <h2 id="removed-title">{t('removedTitle')}</h2>
            <p>{t('removedHelp')}</p>
            <button type="button" className="primary" onClick={() => setPhase({ kind: 'join', code: '', failure: null })}>
              {t('joinAgain')}
            </button>
          </section>
        )}
        {phase.kind === 'in' && !connected && (
          <p className="banner warn" role="status">
            {t('offline')}
          </p>
        )}
        {phase.kind === 'in' && phase.view.view.paused && (
          <p className="banner warn" role="status">
            {t('pausedBanner')}
          </p>
        )}
        {phase.kind === 'in' && phase.view.role === 'participant' && <ParticipantScreen view={phase.view.view} outbox={outbox} />}
        {phase.kind === 'in' && phase.view.role === 'co-trainer' && <CoTrainerScreen view={phase.view.view} outbox={outbox} />}
        <OutboxList outbox={outbox} />
      </main>
    </div>
  )
}
