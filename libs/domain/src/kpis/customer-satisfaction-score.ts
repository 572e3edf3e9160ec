import { assertScaleAnswers, assertScaleLength } from './survey-answers.js';

/** Answer scales CSAT accepts: long enough that the top two points lie above the midpoint. */
export const CSAT_SCALES = [4, 5, 6, 7, 8, 9, 10] as const;

/**
 * Customer Satisfaction Score of one set of answers. `score` is a percentage 0..100 (CSAT is
 * conventionally reported as "82% satisfied"); `satisfiedShare` is the same figure as a proportion
 * 0..1. Full precision: round only for display.
 */
export type CustomerSatisfactionScore = {
  /** % of answers in the top two points of the scale, 0..100. */
  score: number;
  /** Answers in the top two points (4 or 5 on 1–5). */
  satisfied: number;
  n: number;
  /** Length of the 1..scale answer scale the answers were given on. */
  scale: number;
  satisfiedShare: number;
};

/**
 * Customer Satisfaction Score, top-two-box form (DOMAIN.md, touchpoint level):
 *
 *   CSAT = 100 × (answers of scale − 1 or scale) / n
 *
 * i.e. the share answering 4 or 5 on the usual 1–5 scale. Scales shorter than 4 are rejected: on 1–3
 * the "top two" would include the neutral midpoint and stop meaning "satisfied".
 *
 * @param scores whole numbers 1..scale, one per respondent; at least one.
 * @param scale length of the answer scale, a whole number 4..10; default 5.
 * @throws DomainInputError for `scale` outside 4..10 (`scale`), no answers (EMPTY_INPUT, `scores`),
 *   or an answer that is not a whole number from 1 to scale (`scores[i]`).
 */
export function csat(scores: readonly number[], scale = 5): CustomerSatisfactionScore {
  assertScaleLength(scale, CSAT_SCALES, 'scale');
  assertScaleAnswers(scores, 1, scale, 'scores');
  let satisfied = 0;
  for (const score of scores) {
    if (score >= scale - 1) satisfied += 1;
  }
  const n = scores.length;
  return { score: (100 * satisfied) / n, satisfied, n, scale, satisfiedShare: satisfied / n };
}
