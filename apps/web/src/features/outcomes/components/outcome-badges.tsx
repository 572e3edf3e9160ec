import { Badge, List, Tooltip } from '@mantine/core';
import type { Outcome, OutcomeStatus } from '@outcome-atlas/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { TOOLTIP_EVENTS } from '../../../components/outcome-badges';
import { pluralize } from '../../../lib/format';

export const STATUS_LABELS: Record<OutcomeStatus, string> = { proposed: 'Proposed', accepted: 'Accepted', rejected: 'Rejected', merged: 'Merged' };
const STATUS_COLORS: Record<OutcomeStatus, string> = { proposed: 'blue', accepted: 'teal', rejected: 'gray', merged: 'violet' };

export function OutcomeStatusBadge({ status }: { status: OutcomeStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant={status === 'accepted' ? 'filled' : 'light'} size="sm" data-status={status}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

/** The count of lint issues; the tooltip lists their messages (and suggestions). */
export function LintCountBadge({ issues }: { issues: Outcome['lintIssues'] }) {
  if (issues.length === 0) return null;
  const hasError = issues.some((issue) => issue.severity === 'error');
  return (
    <Tooltip
      multiline
      w={300}
      events={TOOLTIP_EVENTS}
      label={
        <List size="xs" spacing={2}>
          {issues.map((issue, index) => (
            <List.Item key={`${issue.code}-${index}`}>{issue.suggestion ? `${issue.message} ${issue.suggestion}` : issue.message}</List.Item>
          ))}
        </List>
      }
    >
      <Badge
        color={hasError ? 'red' : 'yellow'}
        variant="light"
        size="xs"
        tt="none"
        tabIndex={0}
        aria-label={`${pluralize(issues.length, 'lint issue')}: ${issues.map((issue) => issue.message).join(' ')}`}
        leftSection={<IconAlertTriangle size={10} aria-hidden />}
      >
        {pluralize(issues.length, 'issue')}
      </Badge>
    </Tooltip>
  );
}
