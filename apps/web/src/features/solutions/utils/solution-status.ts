import type { MantineColor } from '@mantine/core';
import { SOLUTION_STATUSES, type SolutionStatus } from '@outcome-atlas/contracts';

type StatusStyle = { label: string; color: MantineColor; hint: string };

export const SOLUTION_STATUS_STYLES: Record<SolutionStatus, StatusStyle> = {
  idea: { label: 'Idea', color: 'gray', hint: 'Not tried yet' },
  testing: { label: 'Testing', color: 'blue', hint: 'An experiment is running' },
  shipped: { label: 'Shipped', color: 'teal', hint: 'Released to customers' },
  evaluated: { label: 'Evaluated', color: 'grape', hint: 'Its KPI was judged after shipping' },
  dropped: { label: 'Dropped', color: 'red', hint: 'Stopped' },
};

export const STATUS_OPTIONS = SOLUTION_STATUSES.map((status) => ({ value: status, label: SOLUTION_STATUS_STYLES[status].label }));

/** Shipped and evaluated solutions need a ship date (the API answers 422 SHIP_DATE_REQUIRED otherwise). */
export const needsShipDate = (status: SolutionStatus) => status === 'shipped' || status === 'evaluated';
