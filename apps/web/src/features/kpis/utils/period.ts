import { formatDay } from '../../../lib/format';

/** "1 Oct 2026 – 31 Oct 2026", or one day when the period is a single day. */
export function formatPeriod(periodStart: string, periodEnd: string): string {
  return periodStart === periodEnd ? formatDay(periodStart) : `${formatDay(periodStart)} – ${formatDay(periodEnd)}`;
}

/** Milliseconds since the epoch at UTC midnight (periods are calendar dates), for a time axis. */
export const dayTime = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).getTime();
