import { assertCount, DomainInputError } from '../validation/index.js';
import type { KpiType } from './kpi-definitions.js';
import { assertScalePoint } from './survey-answers.js';

/** KPI types whose value can be computed from raw responses; CLV and custom KPIs are imported as aggregates. */
export const COMPUTABLE_KPI_TYPES = ['nps', 'csat', 'ces', 'tcr', 'ttv', 'adoption'] as const;
export type ComputableKpiType = (typeof COMPUTABLE_KPI_TYPES)[number];

/** One row of active and eligible customers (e.g. one account or one segment); rows are summed per period. */
export type AdoptionCounts = { readonly active: number; readonly eligible: number };

/**
 * One response of each computable type: a score (NPS 0–10, CSAT and CES 1..scale), whether an attempt
 * at the task succeeded, how long a journey took to reach value (null: not yet, censored), or a row of
 * adoption counts.
 */
export type KpiResponseAnswer = {
  nps: number;
  csat: number;
  ces: number;
  tcr: boolean;
  ttv: number | null;
  adoption: AdoptionCounts;
};

/** The columns that carry a response of each type in an export, beside the period columns. */
export const KPI_RESPONSE_COLUMNS = {
  nps: ['score'],
  csat: ['score'],
  ces: ['score'],
  tcr: ['completed'],
  ttv: ['duration'],
  adoption: ['active', 'eligible'],
} as const satisfies { readonly [T in ComputableKpiType]: readonly string[] };

export function isComputableKpiType(type: KpiType): type is ComputableKpiType {
  return (COMPUTABLE_KPI_TYPES as readonly string[]).includes(type);
}

// Plain decimal notation only: Number() would also take "", "0x1A" and "Infinity".
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const YES = /^(true|1|yes)$/i;
const NO = /^(false|0|no)$/i;

/**
 * A number as written in a CSV field (trimmed, decimal point), e.g. "72.5" or "-3".
 *
 * @throws DomainInputError EMPTY_INPUT for a blank field; NOT_A_NUMBER for anything else that is not
 *   a plain decimal number (a decimal comma, a unit, "NaN").
 */
export function parseDecimalText(text: string, field: string): number {
  const trimmed = text.trim();
  if (trimmed === '') throw new DomainInputError('EMPTY_INPUT', field, 'the field is empty');
  const value = DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isFinite(value)) {
    throw new DomainInputError('NOT_A_NUMBER', field, `expected a number written with a decimal point, got "${trimmed}"`);
  }
  return value;
}

/**
 * One response of a `type` KPI from the text fields of an export row, keyed by column name (see
 * {@link KPI_RESPONSE_COLUMNS}): scores are whole numbers on the type's scale, `completed` is
 * true/false, 1/0 or yes/no, an empty `duration` means the journey has not reached value yet, and
 * `active` / `eligible` are counts with active <= eligible.
 *
 * @param scale the answer scale: required for CSAT and CES, ignored otherwise.
 * @throws DomainInputError naming the column (`score`, `completed` ...) as `field`: EMPTY_INPUT for a
 *   blank answer; NOT_A_NUMBER, NOT_AN_INTEGER or OUT_OF_RANGE for a bad number; INVALID_TYPE for a
 *   `completed` that is not a yes or no; INCONSISTENT_INPUT (`active`) for more active than eligible.
 */
export function parseKpiResponse<T extends ComputableKpiType>(type: T, scale: number | null, fields: Readonly<Record<string, string | undefined>>): KpiResponseAnswer[T] {
  return parseAnswer(type, scale, (column) => fields[column] ?? '') as KpiResponseAnswer[T];
}

function parseAnswer(type: ComputableKpiType, scale: number | null, field: (column: string) => string): KpiResponseAnswer[ComputableKpiType] {
  switch (type) {
    case 'nps':
      return score(field('score'), 0, 10);
    case 'csat':
    case 'ces':
      if (scale === null) throw new DomainInputError('EMPTY_INPUT', 'scale', `a ${type.toUpperCase()} answer is read on the KPI's scale, so the scale is needed`);
      return score(field('score'), 1, scale);
    case 'tcr':
      return completed(field('completed'));
    case 'ttv':
      return duration(field('duration'));
    case 'adoption':
      return adoptionCounts(field('active'), field('eligible'));
  }
}

function score(text: string, min: number, max: number): number {
  const value = parseDecimalText(text, 'score');
  assertScalePoint(value, min, max, 'score');
  return value;
}

function completed(text: string): boolean {
  const trimmed = text.trim();
  if (YES.test(trimmed)) return true;
  if (NO.test(trimmed)) return false;
  throw new DomainInputError('INVALID_TYPE', 'completed', `expected true/false, 1/0 or yes/no, got "${trimmed}"`);
}

function duration(text: string): number | null {
  if (text.trim() === '') return null;
  const value = parseDecimalText(text, 'duration');
  if (value < 0) throw new DomainInputError('OUT_OF_RANGE', 'duration', `expected a duration of 0 or more, got ${value}`);
  return value;
}

function adoptionCounts(activeText: string, eligibleText: string): AdoptionCounts {
  const active = parseDecimalText(activeText, 'active');
  assertCount(active, 'active');
  const eligible = parseDecimalText(eligibleText, 'eligible');
  assertCount(eligible, 'eligible');
  if (active > eligible) {
    throw new DomainInputError('INCONSISTENT_INPUT', 'active', `expected at most the ${eligible} eligible customers, got ${active}`);
  }
  return { active, eligible };
}
