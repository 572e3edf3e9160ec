import { Badge, Button, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { Outcome } from '@outcome-atlas/contracts';
import { pluralize } from '../../../lib/format';
import { DuplicateBadge, OfflineBadge } from '../../../components/outcome-badges';
import { LintCountBadge, OutcomeStatusBadge } from './outcome-badges';
import classes from './outcomes.module.css';

type OutcomeRowProps = {
  outcome: Outcome;
  jobStepName: string | undefined;
  selected: boolean;
  /** Only the active row's controls are in the tab order (the row itself is the list's roving stop). */
  active: boolean;
  canWrite: boolean;
  onToggle: () => void;
  onOpen: () => void;
  onEdit: () => void;
};

/** One outcome of the curation list. Data is rendered as text only. */
export function OutcomeRowContent({ outcome, jobStepName, selected, active, canWrite, onToggle, onOpen, onEdit }: OutcomeRowProps) {
  return (
    <Card withBorder padding="sm" className={classes.card}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        {canWrite ? <Checkbox mt={2} checked={selected} onChange={onToggle} aria-label={`Select ${outcome.key}`} tabIndex={active ? 0 : -1} /> : null}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <Badge variant="outline" size="sm" radius="sm" style={{ flexShrink: 0 }}>
              {outcome.key}
            </Badge>
            <Text size="sm" fw={500} style={{ flex: 1, overflowWrap: 'anywhere' }} data-testid="outcome-statement">
              {outcome.statement}
            </Text>
            <OutcomeStatusBadge status={outcome.status} />
          </Group>
          <Group gap={4}>
            {outcome.origin.provider === 'offline' ? <OfflineBadge /> : null}
            <Badge color="gray" variant="light" size="xs" tt="none">
              {jobStepName ? `Step: ${jobStepName}` : 'No job step'}
            </Badge>
            {outcome.confidence !== null ? (
              <Badge color="gray" variant="transparent" size="xs" tt="none">
                {Math.round(outcome.confidence * 100)}% confidence
              </Badge>
            ) : null}
            <Badge color="gray" variant="transparent" size="xs" tt="none">
              {pluralize(outcome.evidence.length, 'quote')}
            </Badge>
            {outcome.possibleDuplicateOf ? <DuplicateBadge duplicate={outcome.possibleDuplicateOf} /> : null}
            <LintCountBadge issues={outcome.lintIssues} />
          </Group>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Button size="compact-xs" variant="subtle" onClick={onOpen} tabIndex={active ? 0 : -1} aria-label={`Details of ${outcome.key}`}>
            Details
          </Button>
          {canWrite && outcome.status !== 'merged' ? (
            <Button size="compact-xs" variant="subtle" onClick={onEdit} tabIndex={active ? 0 : -1} aria-label={`Edit ${outcome.key}`}>
              Edit
            </Button>
          ) : null}
        </Group>
      </Group>
    </Card>
  );
}
