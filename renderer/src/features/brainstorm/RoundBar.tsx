import { Button, Group, Popover, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useCallback, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Round } from '../../../../shared/model/brainstorm'
import type { Session } from '../../../../shared/model/session'
import { useData } from '../../data/hooks/useData'
import { addRound, updateRoundQuestion } from '../../data/repositories/brainstormRepository'
import { useAutosave } from '../../ui/useAutosave'

/**
 * Picks the session and the round, opens a new round, and edits the round's question. Dense (the
 * focus board): narrower pickers, labels for screen readers only, and room at the end for the
 * board's own tools (`children`).
 */
export function RoundBar({
  sessions,
  session,
  rounds,
  round,
  onSession,
  onRound,
  dense = false,
  children,
}: {
  sessions: Session[]
  session: Session
  rounds: Round[]
  round: Round | null
  onSession: (id: string) => void
  onRound: (id: string) => void
  dense?: boolean
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const { data } = useData()
  const [asking, setAsking] = useState(false)
  const [question, setQuestion] = useState('')

  const open = async () => {
    const created = await addRound(data, session, question.trim())
    setQuestion('')
    setAsking(false)
    onRound(created.id)
  }

  return (
    <Group gap="sm" wrap="nowrap" align="flex-end" className="bs-round-bar" data-dense={dense || undefined}>
      <Select
        w={dense ? 200 : 260}
        size="sm"
        label={t('brainstorm.session')}
        allowDeselect={false}
        value={session.id}
        onChange={(v) => v && onSession(v)}
        data={sessions.map((s) => ({ value: s.id, label: s.title }))}
        data-testid="bs-session"
      />
      {rounds.length > 0 && (
        <Select
          w={dense ? 110 : 140}
          size="sm"
          label={t('brainstorm.rounds')}
          allowDeselect={false}
          value={round?.id ?? null}
          onChange={(v) => v && onRound(v)}
          data={rounds.map((r, i) => ({ value: r.id, label: t('brainstorm.roundN', { n: i + 1 }) }))}
          data-testid="bs-round"
        />
      )}
      {round && <QuestionField key={round.id} round={round} />}
      <Popover opened={asking} onChange={setAsking} position="bottom-end" trapFocus width={420}>
        <Popover.Target>
          <Button
            size="sm"
            variant={rounds.length === 0 ? 'filled' : 'default'}
            leftSection={<IconPlus size={16} />}
            onClick={() => setAsking((o) => !o)}
            data-testid="bs-new-round"
          >
            {t('brainstorm.newRound')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Textarea
              autosize
              minRows={2}
              label={t('brainstorm.roundQuestion')}
              placeholder={t('brainstorm.roundQuestionPlaceholder')}
              value={question}
              onChange={(e) => setQuestion(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault()
                  void open()
                }
              }}
              data-testid="bs-round-question-new"
            />
            <Button onClick={() => void open()} data-testid="bs-round-create">
              {t('brainstorm.createRound')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      {children}
    </Group>
  )
}

function QuestionField({ round }: { round: Round }) {
  const { t } = useTranslation()
  const { data } = useData()
  const [text, setText] = useState(round.question)
  const save = useCallback((value: string) => updateRoundQuestion(data, round.id, value), [data, round.id])
  const { schedule, flush } = useAutosave(save, { draft: { table: 'rounds', id: round.id, field: 'question' } })
  return (
    <TextInput
      className="bs-question"
      size="sm"
      label={t('brainstorm.roundQuestion')}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value)
        schedule(e.currentTarget.value)
      }}
      onBlur={flush}
      data-testid="bs-round-question"
    />
  )
}
