import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setFieldText, useLocalTyping } from './useLocalTyping'

function Field({ onEnter, onReactInput }: { onEnter: () => void; onReactInput: () => void }) {
  const ref = useRef<HTMLInputElement>(null)
  useLocalTyping(ref)
  return (
    <input
      ref={ref}
      aria-label="card"
      placeholder="Type what was said"
      onInput={onReactInput}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return
        onEnter()
        setFieldText(e.currentTarget, '')
      }}
    />
  )
}

const seen: string[] = []
const onWindowKey = (e: KeyboardEvent) => seen.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}`)
afterEach(() => {
  window.removeEventListener('keydown', onWindowKey)
  seen.length = 0
})

describe('useLocalTyping', () => {
  it('keeps plain typing in the field: app-wide listeners see no character, the text is all there', async () => {
    window.addEventListener('keydown', onWindowKey)
    const onReactInput = vi.fn()
    render(<Field onEnter={() => undefined} onReactInput={onReactInput} />)
    const field = screen.getByLabelText('card')
    await userEvent.type(field, 'Upah rendah{Backspace}h')
    expect(field).toHaveValue('Upah rendah')
    expect(seen).toEqual([])
    expect(onReactInput).not.toHaveBeenCalled()
  })

  it('lets Enter, Escape, arrows and shortcuts with a modifier through, so handlers and shortcuts still work', async () => {
    window.addEventListener('keydown', onWindowKey)
    const onEnter = vi.fn()
    render(<Field onEnter={onEnter} onReactInput={() => undefined} />)
    const field = screen.getByLabelText('card')
    await userEvent.type(field, 'a{Enter}{Escape}{ArrowLeft}{Control>}k{/Control}')
    expect(onEnter).toHaveBeenCalledTimes(1)
    expect(seen).toEqual(['Enter', 'Escape', 'ArrowLeft', 'Ctrl+Control', 'Ctrl+k'])
  })

  it('shows the placeholder whenever the field is empty, and holds it only then', async () => {
    render(<Field onEnter={() => undefined} onReactInput={() => undefined} />)
    const field = screen.getByLabelText('card')
    expect(field).toHaveAttribute('placeholder', 'Type what was said')
    await userEvent.type(field, 'Upah')
    expect(field).not.toHaveAttribute('placeholder')
    await userEvent.clear(field)
    expect(field).toHaveAttribute('placeholder', 'Type what was said')
    await userEvent.type(field, 'Kontrak{Enter}')
    expect(field).toHaveValue('')
    expect(field).toHaveAttribute('placeholder', 'Type what was said')
  })
})
