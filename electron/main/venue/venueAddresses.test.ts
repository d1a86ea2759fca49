import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { isWildcardAddress, listVenueAddresses } from './venueAddresses'

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
})
const v6 = (address: string): NetworkInterfaceInfo => ({ ...v4('0.0.0.0'), address, family: 'IPv6', scopeid: 0, cidr: `${address}/64` })

describe('listVenueAddresses', () => {
  it('lists IPv4 addresses with the Wi-Fi one first, without loopback, IPv6 or link-local ones', () => {
    const listed = listVenueAddresses({
      lo: [v4('127.0.0.1', true)],
      Ethernet: [v4('10.0.0.5'), v6('fe80::1')],
      'Wi-Fi': [v4('192.168.1.20'), v6('fe80::2')],
      'vEthernet (WSL)': [v4('169.254.10.1')],
    })
    expect(listed).toEqual([
      { name: 'Wi-Fi', address: '192.168.1.20', wifi: true },
      { name: 'Ethernet', address: '10.0.0.5', wifi: false },
    ])
  })

  it.each(['wlan0', 'wlp2s0', 'Wi-Fi 2', 'WiFi', 'Wireless Network Connection', 'en0'])('guesses %s is the Wi-Fi', (name) => {
    expect(listVenueAddresses({ eth0: [v4('10.0.0.5')], [name]: [v4('192.168.43.7')] })[0]).toEqual({
      name,
      address: '192.168.43.7',
      wifi: true,
    })
  })

  it('offers loopback only when there is nothing else', () => {
    expect(listVenueAddresses({ lo: [v4('127.0.0.1', true)] })).toEqual([{ name: 'lo', address: '127.0.0.1', wifi: false }])
  })

  it('knows every spelling of "all interfaces"', () => {
    for (const address of ['0.0.0.0', '::', '', '[::]']) expect(isWildcardAddress(address)).toBe(true)
    expect(isWildcardAddress('192.168.1.20')).toBe(false)
  })
})
