import type { OpportunityItem } from '@outcome-atlas/contracts';

type Cell = string | number | boolean | null;

/** The header row: an item's fields flattened, intervals as `<score>_low` / `<score>_high`. */
export const OPPORTUNITY_CSV_COLUMNS = [
  'rank',
  'key',
  'statement',
  'job_step',
  'importance',
  'satisfaction',
  'opportunity',
  'zone',
  'importance_low',
  'importance_high',
  'satisfaction_low',
  'satisfaction_high',
  'opportunity_low',
  'opportunity_high',
  'n_importance',
  'n_satisfaction',
  'low_sample',
  'evidence_count',
  'outcome_id',
  'updated_at',
] as const;

// Spreadsheets run a cell starting with these as a formula (OWASP "CSV injection"); a leading
// apostrophe makes them show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One RFC 4180 field: formula-like text gets an apostrophe first, then a field with a comma, quote or
 * line break is quoted with its quotes doubled. Numbers keep full precision (shortest round-trip form,
 * the same value JSON carries); booleans are `true` / `false`; null is an empty field.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: readonly Cell[]) => `${cells.map(csvField).join(',')}\r\n`;

function itemCells(item: OpportunityItem): Cell[] {
  const { interval } = item;
  return [
    item.rank,
    item.key,
    item.statement,
    item.jobStep?.name ?? null,
    item.importance,
    item.satisfaction,
    item.opportunity,
    item.zone,
    interval.importance.low,
    interval.importance.high,
    interval.satisfaction.low,
    interval.satisfaction.high,
    interval.opportunity.low,
    interval.opportunity.high,
    item.nImportance,
    item.nSatisfaction,
    item.lowSample,
    item.evidenceCount,
    item.outcomeId,
    item.updatedAt,
  ];
}

/** The backlog as RFC 4180 CSV: a header line, one line per item, every line ending in CRLF. */
export function opportunitiesToCsv(items: readonly OpportunityItem[]): string {
  return csvLine(OPPORTUNITY_CSV_COLUMNS) + items.map((item) => csvLine(itemCells(item))).join('');
}
