import { Button, Checkbox, Group, Stack, Text } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { REPORT_SECTION_IDS, type ReportSectionId } from '../../../../shared/report/reportSections'

type GroupKey = 'front' | 'introduction' | 'design' | 'implementation' | 'closing' | 'appendices'

/** The sections in the chapters of the report, in print order. */
const GROUPS: { key: GroupKey; sections: ReportSectionId[] }[] = [
  { key: 'front', sections: ['cover', 'approval', 'foreword', 'contents'] },
  { key: 'introduction', sections: ['introduction'] },
  { key: 'design', sections: ['design', 'team', 'participants', 'schedule'] },
  { key: 'implementation', sections: ['sessions', 'brainstorms', 'role-plays', 'groups', 'attendance', 'evaluation'] },
  { key: 'closing', sections: ['closing', 'action-plans'] },
  {
    key: 'appendices',
    sections: [
      'appendix-tor',
      'appendix-team',
      'appendix-attendance',
      'appendix-agenda',
      'appendix-pre-post',
      'appendix-evaluation-form',
      'appendix-action-plans',
      'appendix-photos',
    ],
  },
]

/**
 * The checklist of the parts of the full report, grouped by chapter. It stays usable while a PDF
 * is made: the export took its sections when it started.
 */
export const ReportSectionsChecklist = memo(function ReportSectionsChecklist({
  sections,
  onToggle,
  onSetAll,
}: {
  sections: readonly ReportSectionId[]
  onToggle: (id: ReportSectionId, on: boolean) => void
  onSetAll: (on: boolean) => void
}) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c={sections.length === 0 ? 'red' : 'dimmed'} data-testid="report-section-count">
          {sections.length === 0
            ? t('reports.noneSelected')
            : t('reports.selectedCount', { count: sections.length, total: REPORT_SECTION_IDS.length })}
        </Text>
        <Group gap="xs">
          <Button size="compact-sm" variant="subtle" onClick={() => onSetAll(true)}>
            {t('reports.selectAll')}
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={() => onSetAll(false)}>
            {t('reports.selectNone')}
          </Button>
        </Group>
      </Group>
      <div className="reports-sections" data-testid="report-sections">
        {GROUPS.map((group) => (
          <fieldset key={group.key} className="reports-section-group">
            <legend className="reports-section-legend">{t(`reports.groups.${group.key}`)}</legend>
            <Stack gap={6}>
              {group.sections.map((id) => (
                <Checkbox
                  key={id}
                  size="sm"
                  label={t(`reports.sections.${id}`)}
                  checked={sections.includes(id)}

                  onChange={(e) => onToggle(id, e.currentTarget.checked)}
                  data-section={id}
                />
              ))}
            </Stack>
          </fieldset>
        ))}
      </div>
    </Stack>
  )
})
