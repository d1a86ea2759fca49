import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Five buttons 1..5; the chosen one is filled, clicking it again clears the rating. */
export function RatingButtons({
  question,
  value,
  onChange,
}: {
  question: string
  value: number | undefined
  onChange: (rating: number | null) => void
}) {
  const { t } = useTranslation()
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={question}>
      {[1, 2, 3, 4, 5].map((r) => (
        <Button
          key={r}
          size="compact-sm"
          w={34}
          variant={value === r ? 'filled' : 'default'}
          aria-pressed={value === r}
          aria-label={t('evaluation.daily.ratingOf', { question, rating: r })}
          onClick={() => onChange(value === r ? null : r)}
        >
          {r}
        </Button>
      ))}
    </Group>
  )
}
