import { describe, expect, it } from 'vitest'
import { backupText, RESTORE_OPTIONS } from './__fixtures__/exportFiles'
import { ROW_BUILDERS } from './__fixtures__/rowBuilders'
import { canonicalJson } from './canonicalJson'
import { formatExchangeMessage } from './exchangeMessages'
import { restore } from './restore'

describe('organisation profiles in exchange files', () => {
  it('come back from a backup as they were, logo included', () => {
    const profile = ROW_BUILDERS.organizations('org-1')
    const removed = ROW_BUILDERS.organizations('org-2', { name: 'Lembaga Lama', logo: null, deletedAt: profile.updatedAt + 1 })
    const result = restore(backupText({ trainings: [ROW_BUILDERS.trainings('tr-1')], organizations: [profile, removed] }), RESTORE_OPTIONS)
    if (!result.ok) throw new Error(result.error.code)
    expect(canonicalJson(result.value.tables.organizations)).toBe(canonicalJson([profile, removed]))
    expect(result.value.tables.organizations[0]?.logo?.dataUrl).toMatch(/^data:image\/png;base64,/)
  })

  it('are not carried by a training file: a profile belongs to no training, so the file is refused and nothing changes', () => {
    const text = backupText(
      { trainings: [ROW_BUILDERS.trainings('tr-1')], organizations: [ROW_BUILDERS.organizations('org-1')] },
      { kind: 'training', trainingIds: ['tr-1'] },
    )
    const result = restore(text, RESTORE_OPTIONS)
    if (result.ok) throw new Error('the file was accepted')
    expect(result.error).toMatchObject({ code: 'exchange.error.rowOutsideTrainings', params: { table: 'organizations', row: 1 } })
    expect(formatExchangeMessage('en', result.error)).toContain('organisation profiles')
    expect(formatExchangeMessage('id', result.error)).toContain('profil lembaga')
  })

  it('refuse a row whose logo is not a PNG or JPEG data URL or whose email is no address', () => {
    const webp = ROW_BUILDERS.organizations('org-1', {
      logo: { dataUrl: 'data:image/webp;base64,UklGRg==', mime: 'image/png', width: 1, height: 1, bytes: 8 },
    })
    expect(restore(backupText({ organizations: [webp] }), RESTORE_OPTIONS).ok).toBe(false)
    const email = ROW_BUILDERS.organizations('org-1', { email: 'info@contoh' })
    expect(restore(backupText({ organizations: [email] }), RESTORE_OPTIONS).ok).toBe(false)
  })
})
