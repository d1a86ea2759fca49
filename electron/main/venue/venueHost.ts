import { join } from 'node:path'
import type {
  CoTrainerView,
  DeviceRole,
  ParticipantView,
  RoomState,
  VenueAddress,
  VenueAnswer,
  VenueDelivery,
  VenueStatus,
} from '../../../shared/venue/protocol'
import { createDeliveryDesk, type DeliveryDesk } from './deliveryDesk'
import { createRoom, freshRoom, type Room } from './room'
import { createRoomFileWriter, readRoomFile, VENUE_ROOM_FILE_NAME } from './roomFile'
import { isWildcardAddress } from './venueAddresses'
import { createVenueServer, hostOf, type VenueLimits, type VenueServer } from './venueServer'

/** The port the venue link asks for first, so the address on the projector stays the same. */
export const VENUE_PREFERRED_PORT = 8765
/** How often a running link checks whether the day (and so the room code) changed. */
const DAY_CHECK_MS = 60_000

/** Why the venue link refused a trainer's request (told to the window as 'invalid-argument'). */
export class VenueRequestError extends Error {}

/** Where the venue link lives and whom it tells. */
export interface VenueHostOptions {
  /** The folder that keeps the room across restarts (the user-data folder). */
  folder: string
  /** The built phone page (`out/venue/`). */
  pageDir: string
  /** The laptop's addresses the trainer may pick from. */
  addresses: () => VenueAddress[]
  /** Hands an item to the trainer's window; false when there is none to answer. */
  deliver: (delivery: VenueDelivery) => boolean
  /** Tells the trainer's window the link's new status. */
  statusChanged: (status: VenueStatus) => void
  /** 0 picks any free port (tests); default {@link VENUE_PREFERRED_PORT}. */
  preferredPort?: number
  deliveryTimeoutMs?: number
  limits?: Partial<VenueLimits>
  now?: () => number
  onError?: (message: string) => void
}

interface Running {
  address: string
  port: number
  room: Room
  server: VenueServer
  desk: DeliveryDesk
  dayTimer: ReturnType<typeof setInterval>
}

/**
 * The venue link as the trainer's window drives it: on and off, the room's code, pause, the
 * devices, what phones see and the answers to what they sent. The room (codes and paired devices)
 * is kept in the user-data folder, so a restart of the app keeps the phones in.
 */
export function createVenueHost(options: VenueHostOptions) {
  const now = options.now ?? Date.now
  const file = join(options.folder, VENUE_ROOM_FILE_NAME)
  const writer = createRoomFileWriter(file, (error) =>
    options.onError?.(`could not keep the room: ${error instanceof Error ? error.message : String(error)}`),
  )
  let running: Running | null = null
  let starting: Promise<void> | null = null
  let paused = false
  let state: RoomState | null = null
  let reachedAt: number | null = null

  const viewFor = (role: DeviceRole): ParticipantView | CoTrainerView | null => {
    if (state === null) return null
    const view = role === 'participant' ? state.participant : state.coTrainer
    return paused && !view.paused ? { ...view, paused: true } : view
  }

  const status = (): VenueStatus => {
    if (running === null)
      return {
        running: false,
        address: null,
        port: null,
        trainingId: null,
        url: null,
        roomCode: null,
        joinUrl: null,
        pairUrl: null,
        paused,
        devices: [],
        reachedFromOtherDeviceAt: reachedAt,
      }
    const { room, server } = running
    const online = server.onlineIds()
    const url = `http://${hostOf(running.address, running.port)}`
    const code = room.code()
    return {
      running: true,
      address: running.address,
      port: running.port,
      trainingId: room.trainingId(),
      url,
      roomCode: code,
      joinUrl: `${url}/#join=${code}`,
      pairUrl: `${url}/#pair=${room.pairSecret()}`,
      paused,
      devices: room.snapshot().devices.map((d) => ({
        id: d.id,
        role: d.role,
        name: d.name,
        joinedAt: d.joinedAt,
        lastSeenAt: d.lastSeenAt,
        online: online.has(d.id),
      })),
      reachedFromOtherDeviceAt: reachedAt,
    }
  }
  const changed = (): VenueStatus => {
    const now = status()
    options.statusChanged(now)
    return now
  }

  const listenOn = async (address: string, room: Room, desk: DeliveryDesk, port: number): Promise<[VenueServer, number]> => {
    const server = await createVenueServer({
      address,
      port,
      pageDir: options.pageDir,
      room,
      desk,
      isPaused: () => paused,
      viewFor,
      onDevicesChanged: () => void changed(),
      onReachedFromOtherDevice: () => {
        reachedAt = now()
        changed()
      },
      ...(options.limits ? { limits: options.limits } : {}),
      now,
    })
    try {
      return [server, await server.listen()]
    } catch (error) {
      await server.close().catch(() => undefined)
      throw error
    }
  }

  const start = async (trainingId: string, address: string): Promise<VenueStatus> => {
    if (isWildcardAddress(address) || !options.addresses().some((a) => a.address === address))
      throw new VenueRequestError(`${address} is not an address of this laptop`)
    if (running && running.address === address && running.room.trainingId() === trainingId) return status()
    if (running) await stop()
    const kept = await readRoomFile(file)
    const room = createRoom(kept?.trainingId === trainingId ? kept : freshRoom(trainingId, now()), {
      now,
      save: (r) => void writer.write(r),
    })
    const desk = createDeliveryDesk({
      emit: options.deliver,
      ...(options.deliveryTimeoutMs !== undefined ? { timeoutMs: options.deliveryTimeoutMs } : {}),
    })
    const preferred = options.preferredPort ?? kept?.port ?? VENUE_PREFERRED_PORT
    let listening: [VenueServer, number]
    try {
      listening = await listenOn(address, room, desk, preferred)
    } catch (error) {
      // The usual port is taken (another app): any free one, told on the trainer's screen.
      if ((error as { code?: string }).code !== 'EADDRINUSE' || preferred === 0) throw error
      listening = await listenOn(address, room, desk, 0)
    }
    const [server, port] = listening
    room.setPort(port)
    paused = false
    reachedAt = null
    let lastCode = room.code()
    const dayTimer = setInterval(() => {
      if (running?.room !== room || room.code() === lastCode) return
      lastCode = room.code()
      changed()
    }, DAY_CHECK_MS)
    dayTimer.unref()
    running = { address, port, room, server, desk, dayTimer }
    // What was typed into the file so far (the new port, a new day's code) is on disk before phones come.
    void writer.write(room.snapshot())
    return changed()
  }

  const stop = async (): Promise<VenueStatus> => {
    const current = running
    if (current === null) return status()
    running = null
    clearInterval(current.dayTimer)
    current.desk.drain()
    await current.server.close()
    await writer.write(current.room.snapshot())
    return changed()
  }

  const whileRunning = (): Running => {
    if (running === null) throw new VenueRequestError('the venue link is off')
    return running
  }

  return {
    listAddresses: (): VenueAddress[] => options.addresses(),
    /** Turns the link on (one start at a time: a second click waits for the first). */
    start(trainingId: string, address: string): Promise<VenueStatus> {
      const next = (starting ?? Promise.resolve()).then(() => start(trainingId, address))
      const settled = next.then(
        () => undefined,
        () => undefined,
      )
      starting = settled
      void settled.then(() => {
        if (starting === settled) starting = null
      })
      return next
    },
    stop,
    status,
    rotateCode(): VenueStatus {
      whileRunning().room.rotate()
      return changed()
    },
    setPaused(value: boolean): VenueStatus {
      paused = value
      running?.server.pushViews()
      return changed()
    },
    removeDevice(deviceId: string): VenueStatus {
      const current = whileRunning()
      if (!current.room.remove(deviceId)) throw new VenueRequestError(`no device ${deviceId}`)
      current.server.kick(deviceId)
      return changed()
    },
    publish(next: RoomState): void {
      state = next
      running?.server.pushViews()
    },
    answer(deliveryId: string, answer: VenueAnswer): boolean {
      return running?.desk.answer(deliveryId, answer) ?? false
    },
    /** Resolves once everything the room keeps is on disk. */
    flush: (): Promise<void> => writer.flush(),
  }
}

export type VenueHost = ReturnType<typeof createVenueHost>
