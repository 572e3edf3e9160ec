import { Badge, type MantineColor, type MantineSize } from '@mantine/core';
import { SOLUTION_STATUSES, type SolutionStatus } from '@outcome-atlas/contracts';

/** Same words and colours as the solutions pages. */
export const SOLUTION_STATUS_STYLES: Record<SolutionStatus, { label: string; color: MantineColor }> = {
  idea: { label: 'Idea', color: 'gray' },
  testing: { label: 'Testing', color: 'blue' },
  shipped: { label: 'Shipped', color: 'teal' },
  evaluated: { label: 'Evaluated', color: 'grape' },
  dropped: { label: 'Dropped', color: 'red' },
};

/** Solution statuses arrive as plain strings in some responses; unknown ones are shown as they are. */
export const isSolutionStatus = (status: string): status is SolutionStatus => (SOLUTION_STATUSES as readonly string[]).includes(status);

export function SolutionStatusBadge({ status, size = 'sm' }: { status: string; size?: MantineSize }) {
  const style = isSolutionStatus(status) ? SOLUTION_STATUS_STYLES[status] : { label: status, color: 'gray' };
  return (
    <Badge color={style.color} variant="light" size={size} tt="none" data-solution-status={status}>
      {style.label}
    </Badge>
  );
}
