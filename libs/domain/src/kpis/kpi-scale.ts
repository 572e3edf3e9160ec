import { CES_SCALES } from './customer-effort-score.js';
import { CSAT_SCALES } from './customer-satisfaction-score.js';
import { KPI_DEFINITIONS, type KpiType } from './kpi-definitions.js';

/** The CSAT scale when none is given: the usual 1–5. */
export const DEFAULT_CSAT_SCALE = 5;

/**
 * The answer scale a KPI is stored with, or why the given one is refused:
 * `required` (CES without a scale), `not-applicable` (a scale on a type that has none, NPS included:
 * it is always 0–10), `invalid` (a length the type's formula does not accept).
 */
export type KpiScaleCheck =
  | { ok: true; scale: number | null }
  | { ok: false; problem: 'required' | 'not-applicable' | 'invalid'; message: string };

/**
 * The answer scale of a KPI of `type` from the one requested (undefined or null: none given).
 * CSAT takes 4..10 points (default 5); CES 5 or 7 and must say which, because a mean of 3 is neutral on
 * 1–5 but fairly easy on 1–7; every other type has no scale to choose (NPS is fixed at 0–10).
 */
export function checkKpiScale(type: KpiType, scale: number | null | undefined): KpiScaleCheck {
  const given = scale ?? null;
  const name = KPI_DEFINITIONS[type].abbreviation;
  switch (type) {
    case 'csat':
      if (given === null) return { ok: true, scale: DEFAULT_CSAT_SCALE };
      return includes(CSAT_SCALES, given)
        ? { ok: true, scale: given }
        : { ok: false, problem: 'invalid', message: `A CSAT scale has 4 to 10 points (its top two must lie above the midpoint); got ${given}` };
    case 'ces':
      if (given === null) return { ok: false, problem: 'required', message: 'A CES KPI needs its answer scale: 5 (answers 1–5) or 7 (answers 1–7)' };
      return includes(CES_SCALES, given)
        ? { ok: true, scale: given }
        : { ok: false, problem: 'invalid', message: `CES is asked on a 1–5 or a 1–7 scale: send 5 or 7, not ${given}` };
    case 'nps':
      return given === null
        ? { ok: true, scale: null }
        : { ok: false, problem: 'not-applicable', message: 'NPS is always asked on the 0–10 scale; leave scale out' };
    default:
      return given === null
        ? { ok: true, scale: null }
        : { ok: false, problem: 'not-applicable', message: `${name} has no answer scale; leave scale out` };
  }
}

function includes(allowed: readonly number[], value: number): boolean {
  return allowed.includes(value);
}
