import { Alert, Button, Group, Image, Stack, Text } from '@mantine/core'
import { IconPhotoUp, IconTrash } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../shared/model/organization'
import { useData } from '../../data/hooks/useData'
import { removeOrganizationLogo, setOrganizationLogo } from '../../data/repositories/organizationRepository'
import { LOGO_LIMITS, organizationRefusalText } from './logoRefusalText'

/** The logo of a profile: shown, chosen from a file (checked by its bytes, size and pixels), removed. */
export function LogoField({ organization }: { organization: Organization }) {
  const { t } = useTranslation()
  const { data } = useData()
  const input = useRef<HTMLInputElement>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const name = organization.name.trim() || t('organization.unnamed')

  const take = async (file: File) => {
    const bytes = await file
      .arrayBuffer()
      .then((b) => new Uint8Array(b))
      .catch(() => null)
    if (bytes === null) {
      setProblem(t('organization.errors.unreadable'))
      return
    }
    const edit = await setOrganizationLogo(data, organization.id, bytes)
    setProblem(edit.ok ? null : organizationRefusalText(t, edit))
  }

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('organization.logo')}
      </Text>
      <Group gap="md" align="center">
        {organization.logo ? (
          <Image
            src={organization.logo.dataUrl}
            alt={t('organization.logoAlt', { name })}
            h={64}
            w="auto"
            fit="contain"
            data-testid="org-logo"
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('organization.noLogo')}
          </Text>
        )}
        <Button
          variant="light"
          leftSection={<IconPhotoUp size={16} />}
          onClick={() => input.current?.click()}
          data-testid="org-logo-choose"
        >
          {organization.logo ? t('organization.replaceLogo') : t('organization.chooseLogo')}
        </Button>
        {organization.logo && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => {
              setProblem(null)
              void removeOrganizationLogo(data, organization.id)
            }}
          >
            {t('organization.removeLogo')}
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg"
          hidden
          data-testid="org-logo-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            e.currentTarget.value = ''
            if (file) void take(file)
          }}
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t('organization.logoHint', LOGO_LIMITS)}
      </Text>
      {problem !== null && (
        <Alert color="red" variant="light" role="alert" data-testid="org-logo-problem">
          {problem}
        </Alert>
      )}
    </Stack>
  )
}
