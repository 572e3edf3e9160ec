import { assertCount, DomainInputError } from '../validation/index.js';

/**
 * Adoption Rate. `rate` is a proportion 0..1 and `percent` the same figure 0..100.
 * Full precision: round only for display.
 */
export type AdoptionRate = {
  rate: number;
  percent: number;
  active: number;
  eligible: number;
};

/**
 * Adoption Rate (DOMAIN.md, journey level): the share of eligible customers who actually use the
 * product or feature,
 *
 *   adoption = active / eligible
 *
 * "Eligible" is the denominator that makes the rate honest: customers who could use the feature
 * (right plan, right platform), not every customer.
 *
 * @param active whole number of eligible customers who use it, 0..eligible.
 * @param eligible whole number of customers who could use it, at least 1.
 * @throws DomainInputError NOT_A_NUMBER, NOT_AN_INTEGER or OUT_OF_RANGE for a count that is not a
 *   whole number >= 0 (`active`, `eligible`); EMPTY_INPUT (`eligible`) when no one is eligible;
 *   INCONSISTENT_INPUT (`active`) when more customers are active than eligible.
 */
export function adoptionRate(active: number, eligible: number): AdoptionRate {
  assertCount(active, 'active');
  assertCount(eligible, 'eligible');
  if (eligible === 0) {
    throw new DomainInputError('EMPTY_INPUT', 'eligible', 'expected at least one eligible customer');
  }
  if (active > eligible) {
    throw new DomainInputError(
      'INCONSISTENT_INPUT',
      'active',
      `expected at most the ${eligible} eligible customers, got ${active}`,
    );
  }
  return { rate: active / eligible, percent: (100 * active) / eligible, active, eligible };
}
