import { SOLUTION_STATUSES, type SolutionStatus } from '@outcome-atlas/contracts';
import { SOLUTION_STATUS_STYLES } from '../../../components/solution-status-badge';

export const STATUS_OPTIONS = SOLUTION_STATUSES.map((status) => ({ value: status, label: SOLUTION_STATUS_STYLES[status].label }));

/** Shipped and evaluated solutions need a ship date (the API answers 422 SHIP_DATE_REQUIRED otherwise). */
export const needsShipDate = (status: SolutionStatus) => status === 'shipped' || status === 'evaluated';
