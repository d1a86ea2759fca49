import { TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isOrganizationEmail } from '../../../../shared/model/organization'
import { useDraftValue } from '../../ui/useDraftValue'

/**
 * An email field saved as the user types, but only while what is typed is an address (or
 * empty): half-typed addresses are never stored, and leaving the field with one says so and
 * keeps the address saved last.
 */
export function EmailField({
  value,
  label,
  onSave,
  testId,
}: {
  value: string
  label: string
  onSave: (email: string) => Promise<unknown>
  testId?: string
}) {
  const { t } = useTranslation()
  const [left, setLeft] = useState(false)
  const field = useDraftValue(value, async (email: string) => (isOrganizationEmail(email) ? onSave(email) : undefined))
  const wrong = !isOrganizationEmail(field.value)
  return (
    <TextInput
      type="email"
      label={label}
      value={field.value}
      placeholder="nama@lembaga.or.id"
      data-testid={testId}
      error={left && wrong ? t('organization.errors.invalidEmail') : undefined}
      onChange={(e) => {
        field.change(e.currentTarget.value)
        if (isOrganizationEmail(e.currentTarget.value)) setLeft(false)
      }}
      onBlur={() => {
        setLeft(true)
        field.blur()
      }}
    />
  )
}
