import type { OpportunityItem } from '@outcome-atlas/contracts';
import type { JourneyPlace } from './opportunity-chain.query.js';

type Cell = string | number | boolean | null;

/** One backlog item and the names of the journey places it links to (JSON carries only their ids). */
export type OpportunityCsvRow = { item: OpportunityItem; journeyPlaces: readonly Pick<JourneyPlace, 'journey' | 'stage' | 'touchpoint'>[] };

/**
 * The header row: an item's fields flattened, intervals as `<score>_low` / `<score>_high`, then the chain
 * as readable lists (one cell each, entries joined with "; ").
 */
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
  'journeys',
  'kpis',
  'solutions',
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

const LIST_SEPARATOR = '; ';
const orDash = (value: number | null) => (value === null ? '-' : String(value));

/** "Journey › Stage › Touchpoint" (the stage alone when the outcome is linked to the whole stage). */
const placeNames = (places: OpportunityCsvRow['journeyPlaces']) =>
  places.map((place) => [place.journey, place.stage, ...(place.touchpoint === null ? [] : [place.touchpoint])].join(' › ')).join(LIST_SEPARATOR);

/** "name latest/target", a dash for a value not there yet. */
const kpiList = (kpis: OpportunityItem['kpis']) => kpis.map((kpi) => `${kpi.name} ${orDash(kpi.latest)}/${orDash(kpi.target)}`).join(LIST_SEPARATOR);

const solutionList = (solutions: OpportunityItem['solutions']) => solutions.map((solution) => `${solution.title} (${solution.status})`).join(LIST_SEPARATOR);

function rowCells({ item, journeyPlaces }: OpportunityCsvRow): Cell[] {
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
    placeNames(journeyPlaces),
    kpiList(item.kpis),
    solutionList(item.solutions),
  ];
}

/** The backlog as RFC 4180 CSV: a header line, one line per item, every line ending in CRLF. */
export function opportunitiesToCsv(rows: readonly OpportunityCsvRow[]): string {
  return csvLine(OPPORTUNITY_CSV_COLUMNS) + rows.map((row) => csvLine(rowCells(row))).join('');
}
