import { roundScore } from '@outcome-atlas/domain';

/** 83_000 -> "01:23"; 3_723_000 -> "1:02:03". */
export function formatTimestamp(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateFormat.format(date);
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateTimeFormat.format(date);
}

// Calendar dates (YYYY-MM-DD: periods, ship dates) have no time zone; formatting them in UTC keeps the day entered.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** "1 Oct 2026" in the reader's locale for a calendar date, or the raw text when it is not a date. */
export function formatDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dayFormat.format(date);
}

const numberFormat = new Intl.NumberFormat(undefined);

/** 12345 -> "12,345" (in the reader's locale). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** An ODI score as shown everywhere: one decimal (12.25 → "12.3"); ranking and zones keep full precision. */
export const formatScore = (value: number): string => roundScore(value).toFixed(1);

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
