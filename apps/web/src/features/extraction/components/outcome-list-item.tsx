import { Anchor, Badge, Card, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { Outcome } from '@outcome-atlas/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { pluralize } from '../../../lib/format';
import { DuplicateBadge, OfflineBadge, TOOLTIP_EVENTS } from '../../../components/outcome-badges';
import classes from './outcomes.module.css';

type OutcomeListItemProps = {
  outcome: Outcome;
  jobStepName: string | undefined;
  active: boolean;
  onSelect: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
};

/** "VAGUE_WORD" -> "Vague word". */
export const lintCodeLabel = (code: string) => {
  const words = code.toLowerCase().split('_').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * One proposed outcome. The statement is a button: clicking it (or Enter / Space) shows its evidence in
 * the transcript. Badges with tooltips are focusable on their own, outside the button.
 */
export function OutcomeListItem({ outcome, jobStepName, active, onSelect, onKeyDown }: OutcomeListItemProps) {
  const firstQuote = outcome.evidence[0]?.quote;
  return (
    <Card component="li" withBorder padding="sm" className={classes.item} data-active={active || undefined} aria-label={`${outcome.key}: ${outcome.statement}`}>
      <Stack gap={6}>
        <UnstyledButton className={classes.select} onClick={onSelect} onKeyDown={onKeyDown} aria-pressed={active} data-outcome-id={outcome.id}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <Badge variant="outline" size="sm" radius="sm" style={{ flexShrink: 0 }}>
              {outcome.key}
            </Badge>
            <Text size="sm" fw={500}>
              {outcome.statement}
            </Text>
          </Group>
        </UnstyledButton>
        {firstQuote ? (
          <Text size="xs" c="dimmed" fs="italic" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
            “{firstQuote}”
          </Text>
        ) : null}
        <Group gap={4}>
          {outcome.origin.provider === 'offline' ? <OfflineBadge /> : null}
          {outcome.status !== 'proposed' ? (
            <Badge color={outcome.status === 'accepted' ? 'teal' : 'gray'} variant="light" size="xs">
              {outcome.status}
            </Badge>
          ) : null}
          {jobStepName ? (
            <Badge color="gray" variant="light" size="xs" tt="none">
              Step: {jobStepName}
            </Badge>
          ) : null}
          {outcome.confidence !== null ? (
            <Badge color="gray" variant="transparent" size="xs" tt="none">
              {Math.round(outcome.confidence * 100)}% confidence
            </Badge>
          ) : null}
          <Badge color="gray" variant="transparent" size="xs" tt="none">
            {pluralize(outcome.evidence.length, 'quote')}
          </Badge>
          {outcome.possibleDuplicateOf ? <DuplicateBadge duplicate={outcome.possibleDuplicateOf} /> : null}
          {outcome.lintIssues.map((issue, index) => (
            <Tooltip
              key={`${issue.code}-${index}`}
              label={issue.suggestion ? `${issue.message} Suggestion: ${issue.suggestion}` : issue.message}
              multiline
              w={260}
              events={TOOLTIP_EVENTS}
            >
              <Badge
                color={issue.severity === 'error' ? 'red' : 'yellow'}
                variant="light"
                size="xs"
                tt="none"
                tabIndex={0}
                aria-label={`${issue.severity === 'error' ? 'Problem' : 'Warning'}: ${issue.message}`}
                leftSection={<IconAlertTriangle size={10} aria-hidden />}
              >
                {lintCodeLabel(issue.code)}
              </Badge>
            </Tooltip>
          ))}
        </Group>
        {/* On to the rest of the chain: status, history, journeys, KPIs and solutions live in the outcome's details. */}
        <Anchor component={Link} to={paths.outcome(outcome.projectId, outcome.id)} size="xs" w="fit-content">
          Open {outcome.key} details
        </Anchor>
      </Stack>
    </Card>
  );
}
