import type { ReportContext } from './reportContext'
import type { BlockSection, LetterheadBlock } from './reportModel'

/**
 * The letterhead of the training's organisation for a part of the report, or none when the
 * training's organiser has no profile (the page then prints as it always did). Empty contact
 * fields are left out.
 */
export function letterheadBlocks(ctx: ReportContext, section: BlockSection): LetterheadBlock[] {
  const org = ctx.data.organization
  if (!org || org.name.trim() === '') return []
  const { fill } = ctx
  const contacts = [
    org.phone.trim() ? fill('letterheadPhone', { phone: org.phone.trim() }) : '',
    org.email.trim() ? fill('letterheadEmail', { email: org.email.trim() }) : '',
    org.website.trim() ? fill('letterheadWebsite', { website: org.website.trim() }) : '',
  ].filter((s) => s.length > 0)
  const lines = [org.address.trim(), contacts.join(' · ')].filter((s) => s.length > 0)
  const logo = org.logo === null ? null : { dataUrl: org.logo.dataUrl, width: org.logo.width, height: org.logo.height }
  return [{ kind: 'letterhead', section, name: org.name.trim(), lines, logo }]
}
