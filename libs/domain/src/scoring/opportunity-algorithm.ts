import { assertInRange } from '../validation/index.js';

/**
 * Ulwick's opportunity algorithm (Outcome-Driven Innovation, Strategyn; HBR "Turn Customer Input into
 * Innovation", 2002; *What Customers Want*, 2005):
 * `opportunity = importance + max(importance − satisfaction, 0)`, both inputs on 0..10, result on 0..20.
 *
 * Importance counts twice when the outcome is underserved; the `max` keeps an overserved outcome from
 * scoring below its importance, so satisfaction beyond what customers need never earns extra credit.
 * Full precision is returned; use {@link roundScore} only for display.
 *
 * @throws DomainInputError `NOT_A_NUMBER` or `OUT_OF_RANGE` (`importance` / `satisfaction`) outside 0..10.
 */
export function opportunity(importance: number, satisfaction: number): number {
  assertInRange(importance, 0, 10, 'importance');
  assertInRange(satisfaction, 0, 10, 'satisfaction');
  return uncheckedOpportunity(importance, satisfaction);
}

/** {@link opportunity} for callers that produced the inputs themselves and so already know they are valid. */
export function uncheckedOpportunity(importance: number, satisfaction: number): number {
  return importance + Math.max(importance - satisfaction, 0);
}
