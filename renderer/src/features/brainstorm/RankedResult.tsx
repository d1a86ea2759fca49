import { Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text, Title } from '@mantine/core'
import { IconPresentation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Cluster, Idea } from '../../../../shared/model/brainstorm'
import { rankClusters, rankIdeas } from '../../../../shared/run/rankIdeas'

/**
 * The ranked result of a round: cards by dot votes (shared ranks for ties) and clusters by their
 * total; the trainer can put it on the projector from here.
 */
export function RankedResult({
  ideas,
  clusters,
  projected,
  onProject,
  onClose,
}: {
  ideas: Idea[]
  clusters: Cluster[]
  projected: boolean
  onProject: () => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const ranked = rankIdeas(ideas, clusters)
  const byCluster = rankClusters(ideas, clusters).filter((c) => c.votes > 0)
  return (
    <Modal opened onClose={onClose} title={t('brainstorm.ranked')} size="lg">
      {ranked.length === 0 ? (
        <Text c="dimmed">{t('brainstorm.rankedEmpty')}</Text>
      ) : (
        <Stack gap="sm">
          <ScrollArea.Autosize mah={360}>
            <Table verticalSpacing={4} data-testid="bs-ranked">
              <Table.Tbody>
                {ranked.map((r) => (
                  <Table.Tr key={r.idea.id} data-testid="bs-ranked-row">
                    <Table.Td w={36} fw={700}>
                      {r.rank}.
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.idea.text}</Text>
                      {r.clusterName && (
                        <Text size="xs" c="dimmed">
                          {r.clusterName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td w={90} ta="right">
                      <Badge variant="light">{t('brainstorm.votes', { count: r.idea.votes })}</Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {byCluster.length > 0 && (
            <>
              <Title order={4}>{t('brainstorm.rankedClusters')}</Title>
              <Group gap="xs">
                {byCluster.map((c) => (
                  <Badge key={c.cluster.id} variant="outline" size="lg">
                    {c.cluster.name}: {c.votes}
                  </Badge>
                ))}
              </Group>
            </>
          )}
        </Stack>
      )}
      <Group justify="flex-end" mt="md">
        <Button
          variant={projected ? 'light' : 'filled'}
          leftSection={<IconPresentation size={16} />}
          disabled={projected}
          onClick={onProject}
          data-testid="bs-ranked-project"
        >
          {projected ? t('brainstorm.projection.rankedShown') : t('brainstorm.projection.showRanked')}
        </Button>
      </Group>
    </Modal>
  )
}
