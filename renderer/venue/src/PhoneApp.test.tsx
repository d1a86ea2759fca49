import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Language } from '../../../shared/i18n/languages'
import { createVenueApi } from './api'
import { takeFragment } from './fragment'
import { createPhoneI18n } from './i18n'
import { Outbox } from './outbox'
import { PhoneApp } from './PhoneApp'
import { coTrainerView, createFakeVenue, participantView } from './__fixtures__/fakeVenue'

type FakeVenue = ReturnType<typeof createFakeVenue>

/** Opens the phone page at `hash` against the fake laptop, as main.tsx does; timers are the test's. */
async function openPage(venue: FakeVenue, options: { hash?: string; language?: Language } = {}) {
  window.history.replaceState(null, '', `/${options.hash ?? ''}`)
  const api = createVenueApi(venue.fetch)
  const timers: (() => void)[] = []
  const liveTimers: (() => void)[] = []
  const outbox = new Outbox({
    storage: window.localStorage,
    api,
    setTimer: (run) => timers.push(run),
    clearTimer: () => undefined,
  })
  const i18n = await createPhoneI18n(options.language ?? 'id')
  const fragment = takeFragment(window)
  const view = render(
    <I18nextProvider i18n={i18n}>
      <PhoneApp
        api={api}
        outbox={outbox}
        fragment={fragment}
        createSocket={venue.createSocket}
        setLiveTimer={(run) => liveTimers.push(run)}
      />
    </I18nextProvider>,
  )
  return {
    ...view,
    outbox,
    retry: () => timers.splice(0).forEach((run) => run()),
    reconnect: () => liveTimers.splice(0).forEach((run) => run()),
  }
}

/** The outbox entry showing `text`. */
const sentEntry = (text: string): HTMLElement => screen.getByText(text, { selector: '.sent-text' }).closest('li')!

beforeEach(() => window.localStorage.clear())
afterEach(() => window.history.replaceState(null, '', '/'))

describe('joining', () => {
  it('joins with the code from the link, takes the code out of the address bar and shows the session', async () => {
    const venue = createFakeVenue({ code: '482913' })
    await openPage(venue, { hash: '#join=482913' })
    expect(window.location.hash).toBe('')
    expect(window.location.href).not.toContain('482913')
    expect(await screen.findByRole('heading', { name: 'Analisis masalah' })).toBeVisible()
    expect(venue.requests.find((request) => request.path === '/api/join')?.body).toEqual({ code: '482913' })
    expect(screen.getByText('Apa masalah utama di desa?')).toBeVisible()
  })

  it('says a wrong typed code is wrong, in Bahasa Indonesia and in English', async () => {
    const user = userEvent.setup()
    const venue = createFakeVenue({ code: '482913' })
    const page = await openPage(venue)
    await user.type(await screen.findByLabelText('Kode ruangan'), '111111')
    await user.click(screen.getByRole('button', { name: 'Gabung' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Kode ruangan itu salah. Periksa kode di proyektor.')
    page.unmount()

    await openPage(venue, { language: 'en' })
    await user.type(await screen.findByLabelText('Room code'), '111111')
    await user.click(screen.getByRole('button', { name: 'Join' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('That room code is not right. Check the code on the projector.')
  })

  it('tells a locked-out phone to wait, and a short code to have 6 digits, without asking the laptop', async () => {
    const user = userEvent.setup()
    const venue = createFakeVenue()
    await openPage(venue, { language: 'en' })
    await user.type(await screen.findByLabelText('Room code'), '12')
    await user.click(screen.getByRole('button', { name: 'Join' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The room code has 6 digits.')
    expect(venue.requests.some((request) => request.path === '/api/join')).toBe(false)
    venue.rejectJoins(429, 'locked-out')
    await user.clear(screen.getByLabelText('Room code'))
    await user.type(screen.getByLabelText('Room code'), '123456')
    await user.click(screen.getByRole('button', { name: 'Join' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many wrong codes. Wait a few minutes, then try again.')
  })
})

describe('sending a card', () => {
  it('keeps a card typed without Wi-Fi, sends it again with the same itemId and shows received only on the laptop’s answer', async () => {
    const user = userEvent.setup()
    const venue = createFakeVenue()
    const page = await openPage(venue, { hash: '#join=123456' })
    await screen.findByRole('heading', { name: 'Analisis masalah' })
    act(() => venue.sockets[0]!.accept())

    venue.itemReplies.push('offline', { status: 503, error: 'laptop-busy' })
    await user.type(screen.getByLabelText('Gagasan Anda'), 'Air bersih sulit')
    await user.type(screen.getByLabelText('Nama kelompok Anda'), 'Kelompok Melati')
    await user.click(screen.getByRole('button', { name: 'Kirim' }))

    const entry = () => sentEntry('Air bersih sulit (Kelompok Melati)')
    await waitFor(() => expect(entry()).toHaveTextContent('Laptop pelatih tidak terjangkau'))
    expect(entry()).toHaveTextContent('Menunggu dikirim')
    expect(entry()).not.toHaveTextContent('Diterima')
    expect(screen.getByLabelText('Gagasan Anda')).toHaveValue('')

    await act(() => Promise.resolve(page.retry()))
    await waitFor(() => expect(entry()).toHaveTextContent('Laptop pelatih tidak menjawab tepat waktu'))
    expect(entry()).not.toHaveTextContent('Diterima')
    expect(venue.items).toHaveLength(0)

    // The Wi-Fi is back: the live connection reopens and the outbox sends at once.
    act(() => venue.sockets[0]!.drop())
    expect(await screen.findByText(/Tidak terhubung/)).toBeVisible()
    expect(venue.sockets).toHaveLength(1)
    act(() => page.reconnect())
    expect(venue.sockets).toHaveLength(2)
    expect(entry()).not.toHaveTextContent('Diterima')
    await act(() => Promise.resolve(venue.sockets[1]!.accept()))
    await waitFor(() => expect(entry()).toHaveTextContent('Diterima'))
    const sends = venue.requests.filter((request) => request.path === '/api/items')
    expect(sends).toHaveLength(3)
    const ids = sends.map((request) => (request.body as { item: { itemId: string } }).item.itemId)
    expect(new Set(ids).size).toBe(1)
    expect(venue.items).toEqual([{ kind: 'card', itemId: ids[0], roundId: 'round-1', text: 'Air bersih sulit', group: 'Kelompok Melati' }])
  })

  it('keeps what was sent but not answered across a reload, and sends it when the page opens again', async () => {
    const user = userEvent.setup()
    const venue = createFakeVenue()
    const first = await openPage(venue, { hash: '#join=123456' })
    await screen.findByRole('heading', { name: 'Analisis masalah' })
    venue.itemReplies.push('offline')
    await user.type(screen.getByLabelText('Gagasan Anda'), 'Ide sebelum muat ulang')
    await user.click(screen.getByRole('button', { name: 'Kirim' }))
    await waitFor(() => expect(sentEntry('Ide sebelum muat ulang')).toHaveTextContent('Menunggu dikirim'))
    await user.type(screen.getByLabelText('Gagasan Anda'), 'Masih diketik')
    first.unmount()

    await openPage(venue)
    await waitFor(() => expect(sentEntry('Ide sebelum muat ulang')).toHaveTextContent('Diterima'))
    expect(screen.getByLabelText('Gagasan Anda')).toHaveValue('Masih diketik')
    expect(venue.items.map((item) => item.kind === 'card' && item.text)).toEqual(['Ide sebelum muat ulang'])
  })

  it('shows the laptop’s refusal as a plain message in the user’s language', async () => {
    const user = userEvent.setup()
    const venue = createFakeVenue()
    const page = await openPage(venue, { hash: '#join=123456', language: 'en' })
    await screen.findByRole('heading', { name: 'Analisis masalah' })
    venue.itemReplies.push({ answer: { status: 'refused', reason: 'closed' } })
    await user.type(screen.getByLabelText('Your idea'), 'Too late')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(sentEntry('Too late')).toHaveTextContent('Not accepted'))
    expect(sentEntry('Too late')).toHaveTextContent('The trainer has closed this.')
    page.unmount()

    await openPage(venue)
    await waitFor(() => expect(sentEntry('Too late')).toHaveTextContent('Tidak diterima'))
    expect(sentEntry('Too late')).toHaveTextContent('Pelatih sudah menutup ini.')
  })
})

describe('voting, evaluation and the test', () => {
  it('votes up to the limit the trainer set', async () => {
    const user = userEvent.setup()
    const venue = createFakeVenue()
    venue.setView(
      participantView({
        round: {
          id: 'round-1',
          question: 'Masalah mana yang paling penting?',
          acceptsCards: false,
          voting: { limit: 2 },
          cards: [
            { id: 'idea-1', text: 'Sumur kering', group: 'Kelompok 1' },
            { id: 'idea-2', text: 'Jalan rusak', group: 'Kelompok 2' },
          ],
        },
      }),
    )
    await openPage(venue, { hash: '#join=123456', language: 'en' })
    expect(await screen.findByText('Votes left: 2 of 2')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Vote: Sumur kering' }))
    await user.click(screen.getByRole('button', { name: 'Vote: Jalan rusak' }))
    expect(await screen.findByText('You have used all your votes.')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Vote: Sumur kering' })).toBeDisabled()
    await waitFor(() => expect(venue.items.map((item) => item.kind === 'vote' && item.ideaId)).toEqual(['idea-1', 'idea-2']))
  })

  it('sends the daily evaluation with a rating per question only when every question is rated', async () => {
    const user = userEvent.setup()
    const venue = createFakeVenue()
    venue.setView(
      participantView({
        round: null,
        evaluation: {
          day: 1,
          questions: [
            { id: 'q-content', label: 'Materi' },
            { id: 'q-method', label: 'Metode' },
          ],
        },
      }),
    )
    await openPage(venue, { hash: '#join=123456' })
    await user.click(await screen.findByRole('button', { name: 'Materi: 4 dari 5' }))
    await user.click(screen.getByRole('button', { name: 'Kirim' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Beri nilai untuk setiap pertanyaan.')
    await user.click(screen.getByRole('button', { name: 'Metode: 5 dari 5' }))
    await user.type(screen.getByLabelText('Yang sudah baik'), 'Diskusi hidup')
    await user.click(screen.getByRole('button', { name: 'Kirim' }))
    await waitFor(() => expect(venue.items).toHaveLength(1))
    expect(venue.items[0]).toMatchObject({
      kind: 'evaluation',
      day: 1,
      ratings: { 'q-content': 4, 'q-method': 5 },
      wentWell: 'Diskusi hidup',
      toImprove: '',
    })
  })

  it('takes the pre-test with the personal code and says when the laptop does not know the code', async () => {
    const user = userEvent.setup()
    const venue = createFakeVenue()
    venue.setView(participantView({ round: null, prePost: { test: 'pre', questions: ['Apa itu advokasi?'] } }))
    await openPage(venue, { hash: '#join=123456' })
    await user.type(await screen.findByLabelText('Kode pribadi Anda (di papan nama)'), 'ab12')
    await user.click(screen.getByRole('button', { name: 'Kirim' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Kode pribadi terdiri dari 6 huruf atau angka.')
    await user.type(screen.getByLabelText('Kode pribadi Anda (di papan nama)'), 'cd')
    await user.type(screen.getByLabelText('Jawaban 1'), 'Mendorong perubahan kebijakan')
    venue.itemReplies.push({ answer: { status: 'refused', reason: 'unknown-code' } })
    await user.click(screen.getByRole('button', { name: 'Kirim' }))
    await waitFor(() => expect(sentEntry('AB12CD')).toHaveTextContent('Kode pribadi ini tidak ada di daftar. Periksa papan nama Anda.'))
  })
})

describe('live view', () => {
  it('follows the trainer: a view pushed over the live connection replaces the old one, removal ends the session', async () => {
    const venue = createFakeVenue()
    await openPage(venue, { hash: '#join=123456', language: 'en' })
    await screen.findByRole('heading', { name: 'Analisis masalah' })
    act(() => venue.sockets[0]!.accept())
    act(() =>
      venue.setView(
        participantView({
          session: { id: 'session-2', title: 'Rencana tindak lanjut', day: 1, start: '13:00', end: '14:00' },
          paused: true,
        }),
      ),
    )
    expect(await screen.findByRole('heading', { name: 'Rencana tindak lanjut' })).toBeVisible()
    expect(screen.getByText(/The trainer has paused input/)).toBeVisible()
    act(() => venue.sockets[0]!.push({ type: 'removed' }))
    expect(await screen.findByRole('heading', { name: 'This phone was removed from the room' })).toBeVisible()
  })

  it('shows text from the laptop and what was typed literally, never as HTML', async () => {
    const user = userEvent.setup()
    const payloads = [
      '<img src=x onerror="window.__xss=1">',
      '<script>window.__xss=2</script>',
      '"><svg onload=alert(1)>',
      '{{constructor}}',
    ]
    const venue = createFakeVenue()
    venue.setView(
      participantView({
        trainingTitle: payloads[0]!,
        session: { id: 's', title: payloads[1]!, day: 1, start: null, end: null },
        round: {
          id: 'r',
          question: payloads[2]!,
          acceptsCards: true,
          voting: { limit: 3 },
          cards: [{ id: 'c', text: payloads[3]!, group: payloads[0]! }],
        },
      }),
    )
    const page = await openPage(venue, { hash: '#join=123456' })
    expect(await screen.findByRole('heading', { name: payloads[0] })).toBeVisible()
    expect(screen.getByRole('heading', { name: payloads[1] })).toBeVisible()
    expect(screen.getByText(payloads[2]!)).toBeVisible()
    expect(screen.getByText(payloads[3]!)).toBeVisible()
    await user.type(screen.getByLabelText('Gagasan Anda'), payloads[1]!.replace(/[{[]/g, '$&$&'))
    await user.click(screen.getByRole('button', { name: 'Kirim' }))
    await waitFor(() =>
      expect(within(page.container).getAllByText(new RegExp(payloads[1]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).length).toBeGreaterThan(
        1,
      ),
    )
    expect(page.container.querySelector('img, script, svg')).toBeNull()
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined()
  })
})

describe('co-trainer', () => {
  it('pairs with the secret from the link and a name, takes the secret out of the address bar, and sends a tagged observation', async () => {
    const user = userEvent.setup()
    const venue = createFakeVenue({ secret: 'pair-secret-0123456789' })
    venue.setView(coTrainerView())
    await openPage(venue, { hash: '#pair=pair-secret-0123456789', language: 'en' })
    expect(window.location.href).not.toContain('pair-secret')
    await user.type(await screen.findByLabelText('Your name'), 'Rina')
    await user.click(screen.getByRole('button', { name: 'Pair' }))
    expect(venue.requests.find((request) => request.path === '/api/pair')?.body).toEqual({ secret: 'pair-secret-0123456789', name: 'Rina' })

    await user.selectOptions(await screen.findByLabelText('Session'), 'session-2')
    await user.click(screen.getByRole('button', { name: 'Warga' }))
    await user.type(screen.getByLabelText('Observation'), 'Warga berani menyampaikan keberatan')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(sentEntry('Warga berani menyampaikan keberatan')).toHaveTextContent('Received'))
    expect(venue.items[0]).toMatchObject({ kind: 'observation', sessionId: 'session-2', rolePlayId: 'roleplay-1', roleId: 'role-2' })
  })

  it('ticks attendance, adds a group point and a process note, and shows the board', async () => {
    const user = userEvent.setup()
    const venue = createFakeVenue()
    venue.setView(coTrainerView())
    await openPage(venue, { hash: '#pair=pair-secret-0123456789' })
    await user.type(await screen.findByLabelText('Nama Anda'), 'Rina')
    await user.click(screen.getByRole('button', { name: 'Pasangkan' }))

    await user.click(await screen.findByRole('button', { name: 'Kehadiran' }))
    await user.click(screen.getByRole('checkbox', { name: 'Siti Aminah' }))
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Siti Aminah' })).toBeChecked())

    await user.click(screen.getByRole('button', { name: 'Kelompok' }))
    await user.type(screen.getByLabelText('Butir hasil kelompok'), 'Perlu data warga miskin')
    await user.click(screen.getByRole('button', { name: 'Kirim' }))

    await user.click(screen.getByRole('button', { name: 'Proses' }))
    await user.type(screen.getByLabelText('Catatan proses'), 'Energi turun setelah makan siang')
    await user.click(screen.getByRole('button', { name: 'Kirim' }))

    await user.click(screen.getByRole('button', { name: 'Papan' }))
    expect(screen.getByRole('heading', { name: 'Air bersih' })).toBeVisible()
    expect(screen.getByText('Kelompok 1 · 2 suara · dari ponsel')).toBeVisible()

    await waitFor(() => expect(venue.items.map((item) => item.kind)).toEqual(['attendance', 'group-output', 'process-note']))
    expect(venue.items[0]).toMatchObject({ participantId: 'p-1', day: 1, present: true })
    expect(venue.items[1]).toMatchObject({ groupId: 'group-1', point: 'Perlu data warga miskin' })
  })
})
