import { AppError, unprocessable } from '../../common/app-error.js';

/** Unknown ids and ids of another workspace look the same: not found. */
export const outcomesNotFound = (outcomeIds: string[]) =>
  new AppError(404, 'OUTCOME_NOT_FOUND', 'Some outcomes do not exist', { outcomeIds });

export const outcomesNotInProject = (outcomeIds: string[]) =>
  unprocessable('OUTCOME_NOT_IN_PROJECT', 'Some outcomes belong to another project than this solution; nothing was changed', { outcomeIds });

export const outcomesMerged = (outcomeIds: string[]) =>
  unprocessable('OUTCOME_MERGED', 'Some outcomes were merged into others; target the outcomes they were merged into instead', { outcomeIds });

export const kpiNotFound = () => new AppError(404, 'KPI_NOT_FOUND', 'KPI not found');

export const kpiNotInProject = (kpiId: string) =>
  unprocessable('KPI_NOT_IN_PROJECT', 'The expected KPI belongs to another project than this solution', { kpiId });

export const shipDateRequired = (status: string) =>
  unprocessable('SHIP_DATE_REQUIRED', `A ${status} solution needs a ship date: send shipDate with the status`, { status });

export const directionWithoutKpi = () =>
  unprocessable('EXPECTED_DIRECTION_WITHOUT_KPI', 'An expected direction needs an expected KPI: send expectedKpiId, or set expectedDirection to null');
