import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'
import type { VenueAddress } from '../../../shared/venue/protocol'

/** Interface names that are the Wi-Fi adapter on Windows, macOS laptops and Linux. */
const WIFI_NAME = /wi-?fi|wlan|wlp|wireless|airport|^en0$/i

/**
 * The laptop's IPv4 addresses the venue link may listen on, the Wi-Fi one first (the default
 * pick). Phones type the address, so IPv6 and link-local ones are left out; loopback only when
 * there is nothing else (the app then works on this laptop alone).
 */
export function listVenueAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): VenueAddress[] {
  const all: (VenueAddress & { internal: boolean })[] = []
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.address.startsWith('169.254.')) continue
      all.push({ name, address: info.address, wifi: !info.internal && WIFI_NAME.test(name), internal: info.internal })
    }
  }
  const external = all.filter((a) => !a.internal)
  const chosen = external.length > 0 ? external : all
  return chosen.map(({ name, address, wifi }) => ({ name, address, wifi })).sort((a, b) => Number(b.wifi) - Number(a.wifi))
}

/** Addresses that would listen on every interface: never allowed. */
export function isWildcardAddress(address: string): boolean {
  return ['0.0.0.0', '::', '', '[::]', '::0', '0:0:0:0:0:0:0:0'].includes(address.trim())
}
