import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isLanguage } from '../../../shared/i18n/languages'
import { switchLanguage } from '../app/i18n'

/** Switches between Bahasa Indonesia and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(value) => {
        if (isLanguage(value)) void switchLanguage(i18n, value)
      }}
      data={[
        { value: 'id', label: 'ID' },
        { value: 'en', label: 'EN' },
      ]}
      title={`${t('app.languages.id')} / ${t('app.languages.en')}`}
      data-testid="language-switch"
    />
  )
}
