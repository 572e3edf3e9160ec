import type { Solution, SolutionStatus } from '@outcome-atlas/contracts';
import { directionWithoutKpi, shipDateRequired } from './solutions.errors.js';

/** The fields whose combination has rules (a solution after the request is applied). */
export type SolutionState = {
  status: SolutionStatus;
  shipDate: string | null;
  expectedKpiId: string | null;
  expectedDirection: Solution['expectedDirection'];
};

// Also a CHECK in the database (solutions_shipped_check); checked here first to answer 422, not 500.
const NEEDS_SHIP_DATE: ReadonlySet<SolutionStatus> = new Set(['shipped', 'evaluated']);

/**
 * Shipped and evaluated solutions have a ship date; a direction needs a KPI to move. The direction rule
 * is checked only when a request sets either field: a KPI deleted later leaves its direction behind
 * (ON DELETE SET NULL), and that must not block an unrelated edit such as a new title.
 */
export function assertSolutionState(state: SolutionState, checkDirection: boolean): void {
  if (NEEDS_SHIP_DATE.has(state.status) && state.shipDate === null) throw shipDateRequired(state.status);
  if (checkDirection && state.expectedDirection !== null && state.expectedKpiId === null) throw directionWithoutKpi();
}
