/* global document, location, history */
// A stand-in for the phone page in the venue server's browser test: joins with the code from the
// fragment, listens live, sends one card whose text is markup, and shows what came back as text.
const show = (id, value) => {
  document.getElementById(id).textContent = typeof value === 'string' ? value : JSON.stringify(value)
}
const code = new URLSearchParams(location.hash.slice(1)).get('join')
history.replaceState(null, '', '/')
const joined = await fetch('/api/join', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ code }),
})
show('join', String(joined.status))
show('cookie', document.cookie)
const live = new WebSocket(`ws://${location.host}/api/live`)
live.addEventListener('message', (event) => {
  show('live', event.data)
  const message = JSON.parse(event.data)
  const cards = message.view?.round?.cards ?? []
  document.getElementById('cards').replaceChildren(
    ...cards.map((card) => {
      const li = document.createElement('li')
      li.textContent = card.text
      return li
    }),
  )
})
live.addEventListener('open', async () => {
  const item = {
    kind: 'card',
    itemId: '7f0c2a52-5b1e-4d7a-9c3e-2f6b8a1d4e90',
    roundId: 'round-1',
    text: '<img src=x onerror=alert(1)>',
    group: 'Kelompok 1',
  }
  const answer = await fetch('/api/items', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ item }),
  })
  show('answer', await answer.text())
})
