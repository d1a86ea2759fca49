import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Approval, Training } from '../../../../shared/model/training'
import type { ReportLang } from '../../../../shared/report/reportModel'
import { defaultForeword } from '../../../../shared/report/defaultForeword'
import { useData } from '../../data/hooks/useData'
import { useParticipants } from '../../data/hooks/useParticipants'
import { updateApproval, updateTraining } from '../../data/repositories/trainingRepository'
import { AutosaveText } from '../../ui/AutosaveText'

type TextField = Exclude<keyof Approval, 'date'>

/**
 * The approval page (who prepared the report, who acknowledged it, where and when) and the
 * foreword, saved on the training as they are typed. The foreword field starts from the default
 * text in the report's language; a text left empty, or the default itself, prints the default.
 */
export function FrontMatterForm({ training, lang }: { training: Training; lang: ReportLang }) {
  const { t } = useTranslation()
  const { data } = useData()
  const participants = useParticipants(training.id) ?? []
  const approval = training.approval
  const fallback = defaultForeword(training, participants, lang)
  const text = (field: TextField, label: string) => (
    <AutosaveText
      label={label}
      value={approval[field]}
      onSave={(value) => updateApproval(data, training.id, { [field]: value })}
      draft={{ table: 'trainings', id: training.id, field: `approval.${field}` }}
      testId={`approval-${field}`}
      maxLength={500}
    />
  )
  // The default kept as typed would stop following the training's facts and the report language.
  const saveForeword = (value: string) => updateTraining(data, training.id, { foreword: value.trim() === fallback.trim() ? '' : value })

  return (
    <Paper withBorder p="lg" data-testid="front-matter">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t('reports.frontMatter.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reports.frontMatter.hint')}
          </Text>
        </div>
        <div className="reports-signers">
          <fieldset className="reports-section-group">
            <legend className="reports-section-legend">{t('reports.frontMatter.preparedBy')}</legend>
            <Stack gap="xs">
              {text('preparedByName', t('reports.frontMatter.name'))}
              {text('preparedByPosition', t('reports.frontMatter.position'))}
            </Stack>
          </fieldset>
          <fieldset className="reports-section-group">
            <legend className="reports-section-legend">{t('reports.frontMatter.acknowledgedBy')}</legend>
            <Stack gap="xs">
              {text('acknowledgedByName', t('reports.frontMatter.name'))}
              {text('acknowledgedByPosition', t('reports.frontMatter.position'))}
            </Stack>
          </fieldset>
        </div>
        <Group grow align="flex-start">
          <Stack gap={2}>
            {text('place', t('reports.frontMatter.place'))}
            <Text size="xs" c="dimmed">
              {t('reports.frontMatter.placeHint')}
            </Text>
          </Stack>
          <TextInput
            type="date"
            label={t('reports.frontMatter.date')}
            defaultValue={approval.date}
            onChange={(e) => {
              const value = e.currentTarget.value
              if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) void updateApproval(data, training.id, { date: value })
            }}
            data-testid="approval-date"
          />
        </Group>
        <Stack gap={4}>
          <AutosaveText
            label={t('reports.frontMatter.foreword')}
            value={training.foreword.trim() ? training.foreword : fallback}
            onSave={saveForeword}
            draft={{ table: 'trainings', id: training.id, field: 'foreword' }}
            multiline
            testId="report-foreword"
          />
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('reports.frontMatter.forewordHint')}
            </Text>
            {training.foreword.trim() !== '' && (
              <Button size="compact-sm" variant="subtle" onClick={() => void saveForeword('')} data-testid="report-foreword-reset">
                {t('reports.frontMatter.resetForeword')}
              </Button>
            )}
          </Group>
        </Stack>
      </Stack>
    </Paper>
  )
}
