import { Badge } from '@mantine/core';
import type { SolutionStatus } from '@outcome-atlas/contracts';
import { SOLUTION_STATUS_STYLES } from '../utils/solution-status';

export function SolutionStatusBadge({ status, size = 'sm' }: { status: SolutionStatus; size?: 'xs' | 'sm' | 'md' }) {
  const style = SOLUTION_STATUS_STYLES[status];
  return (
    <Badge component="span" color={style.color} variant="light" size={size} tt="none" title={style.hint} data-status={status}>
      {style.label}
    </Badge>
  );
}
