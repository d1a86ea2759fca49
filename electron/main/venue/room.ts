import { randomUUID } from 'node:crypto'
import type { DeviceRole } from '../../../shared/venue/protocol'
import type { StoredDevice, StoredRoom } from './roomFile'
import { hashToken, localDay, newPairSecret, newRoomCode, newSessionToken, sameSecret } from './roomSecrets'

/** What a device's cookie says about it. */
export type TokenLookup = { kind: 'device'; device: StoredDevice } | { kind: 'removed' } | { kind: 'unknown' }

/** A fresh room for a training: new codes, no devices. */
export function freshRoom(trainingId: string, now: number): StoredRoom {
  return {
    version: 1,
    trainingId,
    port: null,
    roomCode: newRoomCode(),
    codeDay: localDay(now),
    pairSecret: newPairSecret(),
    devices: [],
    removed: [],
  }
}

/**
 * The room of one training: its codes (the room code rotates daily and on demand), its devices
 * and the removed ones. Every change that must survive a restart is handed to `save`.
 */
export function createRoom(initial: StoredRoom, deps: { now: () => number; save: (room: StoredRoom) => void }) {
  let room: StoredRoom = structuredClone(initial)
  const save = (): void => deps.save(structuredClone(room))
  const rotateIfNewDay = (): void => {
    const today = localDay(deps.now())
    if (room.codeDay === today) return
    room = { ...room, roomCode: newRoomCode(), codeDay: today }
    save()
  }
  return {
    trainingId: (): string => room.trainingId,
    snapshot: (): StoredRoom => structuredClone(room),
    /** The room code of today (a new one once the day changed). */
    code(): string {
      rotateIfNewDay()
      return room.roomCode
    },
    pairSecret: (): string => room.pairSecret,
    /** A new room code and pairing secret now; devices already in stay in. */
    rotate(): void {
      room = { ...room, roomCode: newRoomCode(), codeDay: localDay(deps.now()), pairSecret: newPairSecret() }
      save()
    },
    checkCode(code: string): boolean {
      rotateIfNewDay()
      return sameSecret(code, room.roomCode)
    },
    checkPairSecret: (secret: string): boolean => sameSecret(secret, room.pairSecret),
    setPort(port: number): void {
      if (room.port === port) return
      room = { ...room, port }
      save()
    },
    /** A new device; answers its cookie token (only the token's hash is kept). */
    addDevice(role: DeviceRole, name: string | null): { device: StoredDevice; token: string } {
      const token = newSessionToken()
      const at = deps.now()
      const device: StoredDevice = { id: randomUUID(), role, name, joinedAt: at, lastSeenAt: at, tokenHash: hashToken(token) }
      room = { ...room, devices: [...room.devices, device] }
      save()
      return { device, token }
    },
    lookup(token: string | undefined): TokenLookup {
      if (token === undefined || token.length === 0 || token.length > 100) return { kind: 'unknown' }
      const hash = hashToken(token)
      const device = room.devices.find((d) => d.tokenHash === hash)
      if (device) return { kind: 'device', device }
      return room.removed.includes(hash) ? { kind: 'removed' } : { kind: 'unknown' }
    },
    /** Removes a device by the trainer's decision: its cookie is refused as `removed` from now on. */
    remove(deviceId: string): boolean {
      const device = room.devices.find((d) => d.id === deviceId)
      if (!device) return false
      room = { ...room, devices: room.devices.filter((d) => d !== device), removed: [...room.removed, device.tokenHash] }
      save()
      return true
    },
    /** A device leaves by itself: forgotten, not refused (it may join again with the code). */
    leave(deviceId: string): boolean {
      const before = room.devices.length
      room = { ...room, devices: room.devices.filter((d) => d.id !== deviceId) }
      if (room.devices.length === before) return false
      save()
      return true
    },
    /** Notes that a device was heard from (kept on disk with the next change, not on every request). */
    touch(deviceId: string): void {
      const at = deps.now()
      room = { ...room, devices: room.devices.map((d) => (d.id === deviceId ? { ...d, lastSeenAt: at } : d)) }
    },
  }
}

export type Room = ReturnType<typeof createRoom>
