import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { questionLabel } from '../../../../shared/capture/questionLabel'
import type { Result } from '../../../../shared/ipc/result'
import type { Training } from '../../../../shared/model/training'
import type { VenueAddress, VenueStatus } from '../../../../shared/venue/protocol'
import { useData } from './useData'
import { commitVenueItem } from '../venue/commitVenueItem'
import { buildRoomState } from '../venue/roomState'
import { closeVenueRoom, getVenueRoom, setVenueRoom, type VenueRoomSettings } from '../venue/venueRoom'

/** The calendar day on this laptop, to turn the link off when the day ends. */
const localDay = (ms: number) => new Date(ms).toDateString()

/**
 * The venue link of one training as the trainer's window runs it: the server's status, the
 * laptop's addresses, what is open for phones; it commits every item a phone delivers (and
 * answers only after the commit), publishes what phones see whenever it changes, and turns the
 * link off when the calendar day ends.
 */
export function useVenueLink(training: Training, day: number) {
  const { data, bridge } = useData()
  const { i18n, t } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'id'
  const [status, setStatus] = useState<VenueStatus | null>(null)
  const [addresses, setAddresses] = useState<VenueAddress[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const room = useLiveQuery(() => getVenueRoom(data.db, training.id), [data.db, training.id])
  const mine = status?.running === true && status.trainingId === training.id

  useEffect(() => {
    let live = true
    void bridge.getVenueStatus().then((r) => {
      if (live && r.ok) setStatus(r.value)
    })
    void bridge.listVenueAddresses().then((r) => {
      if (live && r.ok) setAddresses(r.value)
    })
    const off = bridge.onVenueStatus((s) => setStatus(s))
    return () => {
      live = false
      off()
    }
  }, [bridge])

  // Each delivery is committed with the room as stored at that moment, then answered; a commit
  // that fails is not answered, so the server tells the phone to send again later.
  useEffect(() => {
    if (!mine) return
    return bridge.onVenueDelivery((delivery) => {
      void (async () => {
        const current = await getVenueRoom(data.db, training.id)
        const answer = await commitVenueItem(data, training.id, current, delivery)
        await bridge.answerVenueItem({ deliveryId: delivery.deliveryId, answer })
      })().catch(() => undefined)
    })
  }, [bridge, data, mine, training.id])

  const state = useLiveQuery(async () => {
    if (!mine) return null
    const current = await getVenueRoom(data.db, training.id)
    return buildRoomState(data.db, {
      trainingId: training.id,
      day,
      room: current,
      language,
      questionLabel: (q) => questionLabel(q, (id) => t(`evaluation.questions.${id}`)),
    })
  }, [data.db, training.id, day, language, mine, t])
  const published = useRef<string | null>(null)
  useEffect(() => {
    if (!mine) {
      published.current = null
      return
    }
    if (state === undefined || state === null) return
    const key = JSON.stringify(state)
    if (key === published.current) return
    published.current = key
    void bridge.publishVenueState({ state })
  }, [bridge, mine, state])

  // The projector reads the way in from the database (it has no bridge): copy it while the link runs.
  const joinKey =
    mine && status.url !== null && status.roomCode !== null && status.joinUrl !== null
      ? `${status.url} ${status.roomCode} ${status.joinUrl}`
      : null
  useEffect(() => {
    if (joinKey === null) return
    const [url = '', code = '', joinUrl = ''] = joinKey.split(' ')
    void setVenueRoom(data.db, training.id, { join: { url, code, joinUrl } })
  }, [data.db, joinKey, training.id])

  const run = useCallback(async (call: () => Promise<Result<VenueStatus>>): Promise<boolean> => {
    const r = await call()
    if (!r.ok) {
      setError(r.error.message)
      return false
    }
    setError(null)
    setStatus(r.value)
    return true
  }, [])

  const stop = useCallback(async () => {
    await closeVenueRoom(data.db, training.id)
    return run(() => bridge.stopVenue())
  }, [bridge, data.db, run, training.id])

  // The link does not outlive the day it was turned on.
  const startedOn = useRef<string | null>(null)
  const [dayEnded, setDayEnded] = useState(false)
  useEffect(() => {
    if (!mine) return
    startedOn.current ??= localDay(Date.now())
    const timer = setInterval(() => {
      if (startedOn.current !== null && localDay(Date.now()) !== startedOn.current) {
        startedOn.current = null
        setDayEnded(true)
        void stop()
      }
    }, 60_000)
    return () => clearInterval(timer)
  }, [mine, stop])

  return {
    status,
    mine,
    addresses,
    room,
    error,
    dayEnded,
    start: (address: string) => {
      startedOn.current = localDay(Date.now())
      setDayEnded(false)
      return run(() => bridge.startVenue({ trainingId: training.id, address }))
    },
    stop,
    rotate: () => run(() => bridge.rotateVenueCode()),
    setPaused: async (paused: boolean) => {
      await setVenueRoom(data.db, training.id, { paused })
      return run(() => bridge.setVenuePaused({ paused }))
    },
    remove: (deviceId: string) => run(() => bridge.removeVenueDevice({ deviceId })),
    setRoom: (patch: Partial<VenueRoomSettings>) => setVenueRoom(data.db, training.id, patch),
  }
}

/** What the venue panel gets from useVenueLink. */
export type VenueLink = ReturnType<typeof useVenueLink>
