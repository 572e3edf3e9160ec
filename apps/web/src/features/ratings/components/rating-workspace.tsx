import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { Outcome, Respondent } from '@outcome-atlas/contracts';
import { IconKeyboard } from '@tabler/icons-react';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/api-error';
import { pluralize } from '../../../lib/format';
import { usePreviewBaseline } from '../api/get-preview-baseline';
import { useRatingOutcomes } from '../api/get-rating-outcomes';
import { useRespondentRatings } from '../api/get-respondent-ratings';
import { useSaveAnswer } from '../api/save-answer';
import { NO_ANSWERS, previewOpportunity } from '../utils/opportunity-preview';
import { type Question, answersByOutcome } from '../utils/rating-answers';
import { RatingList } from './rating-list';
import { RatingShortcutsHint, RatingShortcutsLegend } from './rating-shortcuts';

type RatingWorkspaceProps = { projectId: string; respondent: Respondent; readOnly: boolean; emptyAction?: ReactNode };

/** One respondent's answers to every accepted outcome, entered from the keyboard, with the live opportunity preview. */
export function RatingWorkspace({ projectId, respondent, readOnly, emptyAction }: RatingWorkspaceProps) {
  const outcomes = useRatingOutcomes(projectId);
  const ratings = useRespondentRatings(projectId, respondent.id);
  const baseline = usePreviewBaseline(projectId, respondent.id);
  const save = useSaveAnswer(projectId, respondent.id);
  const [legendOpen, setLegendOpen] = useState(false);

  const answers = useMemo(() => answersByOutcome(ratings.data), [ratings.data]);
  const previewFor = useCallback(
    (outcomeId: string) =>
      baseline.data
        ? previewOpportunity(baseline.data.aggregates.get(outcomeId), baseline.data.included.get(outcomeId) ?? NO_ANSWERS, answers.get(outcomeId) ?? NO_ANSWERS)
        : undefined,
    [baseline.data, answers],
  );
  const onAnswer = useCallback(
    (outcome: Outcome, question: Question, value: number | null) => save.mutate({ outcomeId: outcome.id, outcomeKey: outcome.key, question, value }),
    [save],
  );

  if (outcomes.isPending || ratings.isPending) return <LoadingState label="Loading the outcomes to rate" />;
  if (outcomes.isError) return <ErrorState error={outcomes.error} onRetry={() => void outcomes.refetch()} title="Could not load the outcomes" />;
  if (ratings.isError) return <ErrorState error={ratings.error} onRetry={() => void ratings.refetch()} title={`Could not load the answers of ${respondent.externalId}`} />;
  if (outcomes.data.length === 0)
    return <EmptyState title="No accepted outcomes yet" description="Respondents rate the accepted outcomes. Accept some on the outcomes page first." action={emptyAction} />;

  const complete = outcomes.data.filter((outcome) => {
    const given = answers.get(outcome.id);
    return given !== undefined && given.importance !== null && given.satisfaction !== null;
  }).length;

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Group gap="md">
          <Text size="sm" fw={500} role="status">
            {respondent.externalId}: {complete} of {pluralize(outcomes.data.length, 'outcome')} fully rated
          </Text>
          <RatingShortcutsHint />
        </Group>
        <Button size="compact-sm" variant="subtle" leftSection={<IconKeyboard size={14} aria-hidden />} onClick={() => setLegendOpen(true)}>
          Shortcuts
        </Button>
      </Group>
      {baseline.isError ? (
        <Alert color="yellow" title="The opportunity preview is unavailable" role="alert">
          <Stack gap="xs">
            <Text size="sm">{errorMessage(baseline.error)} Rating still works; answers are saved as you go.</Text>
            <Group>
              <Button size="xs" variant="white" color="yellow" onClick={() => void baseline.refetch()}>
                Try again
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <Text size="xs" c="dimmed">
          The preview beside each outcome scores it over all respondents
          {baseline.data ? ` (${pluralize(baseline.data.respondents, 'respondent')} when this participant was opened)` : ''}, with {respondent.externalId}’s answers as
          shown here. It is a preview, not a finding: answers others enter meanwhile are not in it, and few answers make a shaky score.
        </Text>
      )}
      {readOnly ? (
        <Alert color="gray" variant="light">
          You can read these answers but not change them: your role in this workspace is viewer.
        </Alert>
      ) : null}
      <RatingList
        outcomes={outcomes.data}
        answers={answers}
        previewFor={previewFor}
        previewUnavailable={baseline.isError}
        readOnly={readOnly}
        onAnswer={onAnswer}
        onHelp={() => setLegendOpen(true)}
      />
      <RatingShortcutsLegend opened={legendOpen} onClose={() => setLegendOpen(false)} />
    </Stack>
  );
}
