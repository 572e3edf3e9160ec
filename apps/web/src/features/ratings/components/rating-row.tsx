import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { Outcome } from '@outcome-atlas/contracts';
import type { Answers, PreviewScore } from '../utils/opportunity-preview';
import { type Question, QUESTIONS } from '../utils/rating-answers';
import { AnswerScale } from './answer-scale';
import { OpportunityPreviewCell } from './opportunity-preview-cell';
import classes from './ratings.module.css';

type RatingRowProps = {
  outcome: Outcome;
  answers: Answers;
  /** The question the keys answer on this row; null when the row is not active. */
  question: Question | null;
  preview: PreviewScore | null | undefined;
  previewUnavailable: boolean;
  readOnly: boolean;
  onAnswer: (question: Question, value: number | null) => void;
};

/** One outcome to rate: its statement, the two 1–5 questions and the live preview. Data is rendered as text only. */
export function RatingRowContent({ outcome, answers, question, preview, previewUnavailable, readOnly, onAnswer }: RatingRowProps) {
  return (
    <Card withBorder padding="sm" className={classes.card}>
      <Group wrap="nowrap" align="flex-start" gap="md">
        <Stack gap={8} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <Badge variant="outline" size="sm" radius="sm" style={{ flexShrink: 0 }}>
              {outcome.key}
            </Badge>
            <Text size="sm" fw={500} style={{ flex: 1, overflowWrap: 'anywhere' }} data-testid="outcome-statement">
              {outcome.statement}
            </Text>
          </Group>
          <Group gap="md">
            {QUESTIONS.map((name) => (
              <AnswerScale
                key={name}
                outcomeKey={outcome.key}
                question={name}
                value={answers[name]}
                current={question === name}
                focusable={question !== null}
                readOnly={readOnly}
                onChange={(value) => onAnswer(name, value)}
              />
            ))}
          </Group>
        </Stack>
        <OpportunityPreviewCell outcomeKey={outcome.key} preview={preview} unavailable={previewUnavailable} />
      </Group>
    </Card>
  );
}
