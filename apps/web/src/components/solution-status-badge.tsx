import { Badge, type MantineColor, type MantineSize } from '@mantine/core';
import { SOLUTION_STATUSES, type SolutionStatus } from '@outcome-atlas/contracts';

/** The words, colour and meaning of each status, wherever a solution shows. */
export const SOLUTION_STATUS_STYLES: Record<SolutionStatus, { label: string; color: MantineColor; hint: string }> = {
  idea: { label: 'Idea', color: 'gray', hint: 'Not tried yet' },
  testing: { label: 'Testing', color: 'blue', hint: 'An experiment is running' },
  shipped: { label: 'Shipped', color: 'teal', hint: 'Released to customers' },
  evaluated: { label: 'Evaluated', color: 'grape', hint: 'Its KPI was judged after shipping' },
  dropped: { label: 'Dropped', color: 'red', hint: 'Stopped' },
};

/** Solution statuses arrive as plain strings in some responses; unknown ones are shown as they are. */
export const isSolutionStatus = (status: string): status is SolutionStatus => (SOLUTION_STATUSES as readonly string[]).includes(status);

export function SolutionStatusBadge({ status, size = 'sm' }: { status: string; size?: MantineSize }) {
  const style = isSolutionStatus(status) ? SOLUTION_STATUS_STYLES[status] : { label: status, color: 'gray', hint: undefined };
  return (
    <Badge component="span" color={style.color} variant="light" size={size} tt="none" title={style.hint} data-solution-status={status}>
      {style.label}
    </Badge>
  );
}
