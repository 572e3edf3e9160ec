// Periods are calendar dates (YYYY-MM-DD) without a time zone; formatting them in UTC keeps the day the user entered.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

const parse = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "1 Oct 2026" in the reader's locale, or the raw text when it is not a date. */
export function formatDay(isoDate: string): string {
  const date = parse(isoDate);
  return Number.isNaN(date.getTime()) ? isoDate : dayFormat.format(date);
}

/** "1 Oct 2026 – 31 Oct 2026", or one day when the period is a single day. */
export function formatPeriod(periodStart: string, periodEnd: string): string {
  return periodStart === periodEnd ? formatDay(periodStart) : `${formatDay(periodStart)} – ${formatDay(periodEnd)}`;
}

/** Milliseconds since the epoch at UTC midnight, for a time axis. */
export const dayTime = (isoDate: string) => parse(isoDate).getTime();
