import { describe, expect, it } from 'vitest'
import { LOGO_MAX_BYTES, organizationOfTraining } from '../../../../shared/model/organization'
import { jpegHeader, pdfBytes, pngHeader } from '../../../../shared/photos/__fixtures__/imageBytes'
import { createTestContext } from '../__fixtures__/testContext'
import {
  createOrganization,
  deleteOrganization,
  listOrganizations,
  removeOrganizationLogo,
  restoreOrganization,
  setOrganizationLogo,
  updateOrganization,
} from './organizationRepository'
import { createTraining, getTraining } from './trainingRepository'

async function setup() {
  const ctx = createTestContext()
  const org = await createOrganization(ctx, '  Yayasan Lingkar Belajar ')
  return { ctx, org }
}

describe('organizationRepository', () => {
  it('keeps a profile through the commit path: stored, journaled, listed by name', async () => {
    const { ctx, org } = await setup()
    await createOrganization(ctx, 'Perkumpulan Alam Lestari')
    const edit = await updateOrganization(ctx, org.id, {
      address: 'Jl. Kaliurang Km 5, Sleman',
      phone: '0274 555 123',
      email: ' info@lingkar.or.id ',
      website: 'lingkar.or.id',
    })
    expect(edit).toEqual({ ok: true })
    const listed = await listOrganizations(ctx.db)
    expect(listed.map((o) => o.name)).toEqual(['Perkumpulan Alam Lestari', 'Yayasan Lingkar Belajar'])
    expect(listed[1]).toMatchObject({ address: 'Jl. Kaliurang Km 5, Sleman', email: 'info@lingkar.or.id', website: 'lingkar.or.id' })
    const journaled = ctx.bridge.entries.flatMap((e) => e.changes).filter((c) => c.table === 'organizations')
    expect(journaled.length).toBeGreaterThanOrEqual(3)
  })

  it('refuses an email that is no address and changes nothing', async () => {
    const { ctx, org } = await setup()
    await updateOrganization(ctx, org.id, { email: 'info@lingkar.or.id' })
    const before = await ctx.db.organizations.get(org.id)
    const journalBefore = ctx.bridge.entries.length
    expect(await updateOrganization(ctx, org.id, { email: 'info@lingkar' })).toEqual({ ok: false, problem: 'invalidEmail' })
    expect(await updateOrganization(ctx, org.id, { email: 'two words@x.id' })).toEqual({ ok: false, problem: 'invalidEmail' })
    expect(await ctx.db.organizations.get(org.id)).toEqual(before)
    expect(ctx.bridge.entries.length).toBe(journalBefore)
    // An empty email is fine: the letterhead leaves it out.
    expect(await updateOrganization(ctx, org.id, { email: '' })).toEqual({ ok: true })
  })

  it('takes a PNG or JPEG logo as a data URL with its size', async () => {
    const { ctx, org } = await setup()
    expect(await setOrganizationLogo(ctx, org.id, pngHeader(320, 160))).toEqual({ ok: true })
    let stored = await ctx.db.organizations.get(org.id)
    expect(stored?.logo).toMatchObject({ mime: 'image/png', width: 320, height: 160, bytes: pngHeader(320, 160).length })
    expect(stored?.logo?.dataUrl).toMatch(/^data:image\/png;base64,iVBORw0KGgo/)
    expect(await setOrganizationLogo(ctx, org.id, jpegHeader(400, 400))).toEqual({ ok: true })
    stored = await ctx.db.organizations.get(org.id)
    expect(stored?.logo?.mime).toBe('image/jpeg')
    await removeOrganizationLogo(ctx, org.id)
    expect((await ctx.db.organizations.get(org.id))?.logo).toBeNull()
  })

  it('refuses a bad logo by its content, size and pixels, and keeps the logo it had', async () => {
    const { ctx, org } = await setup()
    await setOrganizationLogo(ctx, org.id, pngHeader(300, 100))
    const before = await ctx.db.organizations.get(org.id)
    const journalBefore = ctx.bridge.entries.length
    // A PDF named logo.png is not a picture; a WebP is one, but not a type every report reader shows.
    expect(await setOrganizationLogo(ctx, org.id, pdfBytes())).toEqual({ ok: false, problem: 'notPngOrJpeg' })
    const webp = Uint8Array.from([
      0x52,
      0x49,
      0x46,
      0x46,
      0,
      0,
      0,
      0,
      0x57,
      0x45,
      0x42,
      0x50,
      ...new TextEncoder().encode('VP8X'),
      ...new Array<number>(20).fill(1),
    ])
    expect(await setOrganizationLogo(ctx, org.id, webp)).toEqual({ ok: false, problem: 'notPngOrJpeg' })
    const heavy = pngHeader(600, 300, LOGO_MAX_BYTES)
    expect(await setOrganizationLogo(ctx, org.id, heavy)).toEqual({ ok: false, problem: 'tooLarge', bytes: heavy.length })
    expect(await setOrganizationLogo(ctx, org.id, pngHeader(4000, 1000))).toEqual({
      ok: false,
      problem: 'tooManyPixels',
      width: 4000,
      height: 1000,
    })
    expect(await ctx.db.organizations.get(org.id)).toEqual(before)
    expect(ctx.bridge.entries.length).toBe(journalBefore)
  })

  it('removes a profile softly and brings it back', async () => {
    const { ctx, org } = await setup()
    await deleteOrganization(ctx, org.id)
    expect(await listOrganizations(ctx.db)).toEqual([])
    await restoreOrganization(ctx, org.id)
    expect((await listOrganizations(ctx.db)).map((o) => o.id)).toEqual([org.id])
  })

  it('keeps the letterhead of a training linked by name when the profile is renamed: the link becomes its id', async () => {
    const { ctx, org } = await setup()
    const created = await createTraining(ctx, { title: 'Pelatihan Relawan', startDate: '2026-12-01', days: 3 })
    const other = await createTraining(ctx, { title: 'Lain', startDate: '2026-12-01', days: 2 })
    await ctx.commit([
      { op: 'put', table: 'trainings', row: { ...created, organizer: 'yayasan lingkar belajar' } },
      { op: 'put', table: 'trainings', row: { ...other, organizer: 'Lembaga Lain' } },
    ])
    expect(await updateOrganization(ctx, org.id, { name: 'Yayasan Lingkar Belajar Indonesia' })).toEqual({ ok: true })
    const training = await getTraining(ctx.db, created.id)
    expect(training?.organizationId).toBe(org.id)
    expect(organizationOfTraining(training ?? { organizer: '' }, await listOrganizations(ctx.db))?.name).toBe(
      'Yayasan Lingkar Belajar Indonesia',
    )
    expect((await getTraining(ctx.db, other.id))?.organizationId).toBeUndefined()
  })
})
