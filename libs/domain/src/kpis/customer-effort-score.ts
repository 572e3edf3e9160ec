import { assertScaleAnswers, assertScaleLength } from './survey-answers.js';

/** Answer scales CES accepts: the 1–5 scale of the original CES and the 1–7 scale of CES 2.0. */
export const CES_SCALES = [5, 7] as const;
export type CesScale = (typeof CES_SCALES)[number];

/**
 * Customer Effort Score of one set of answers. `score` is a mean on the answer scale (1..scale,
 * lower is easier) and only comparable with scores on the same `scale`, hence it is recorded.
 * Shares are proportions 0..1. Full precision: round only for display.
 */
export type CustomerEffortScore = {
  /** Mean effort, 1..scale; lower is easier. */
  score: number;
  scale: CesScale;
  /** Answers below the midpoint: 1–2 on 1–5, 1–3 on 1–7. */
  easy: number;
  /** Answers on the midpoint: 3 on 1–5, 4 on 1–7. */
  neutral: number;
  /** Answers above the midpoint: 4–5 on 1–5, 5–7 on 1–7. */
  difficult: number;
  n: number;
  easyShare: number;
  difficultShare: number;
};

/**
 * Customer Effort Score (Dixon, Freeman & Toman 2010, "Stop Trying to Delight Your Customers",
 * Harvard Business Review; DOMAIN.md, touchpoint level):
 *
 *   CES = Σ answers / n          (mean effort; lower is easier)
 *   easy share = answers below the scale midpoint / n   (1–2 on 1–5, 1–3 on 1–7)
 *
 * The mean alone hides whether a 3.0 is "everyone neutral" or "half effortless, half painful", so the
 * share of easy answers (the top-box equivalent for effort) is reported beside it. Answers must be
 * effort-worded, 1 = very low effort. CES 2.0 questionnaires that ask for agreement with "the company
 * made it easy" (7 = strongly agree) must be reversed (8 − answer) before calling this.
 *
 * @param scores whole numbers 1..scale, one per respondent; at least one.
 * @param scale 5 or 7; required because a mean of 3 means "neutral" on 1–5 but "fairly easy" on 1–7.
 * @throws DomainInputError for a scale other than 5 or 7 (`scale`), no answers (EMPTY_INPUT,
 *   `scores`), or an answer that is not a whole number from 1 to scale (`scores[i]`).
 */
export function ces(scores: readonly number[], scale: CesScale): CustomerEffortScore {
  assertScaleLength(scale, CES_SCALES, 'scale');
  assertScaleAnswers(scores, 1, scale, 'scores');
  const midpoint = (scale + 1) / 2;
  let sum = 0;
  let easy = 0;
  let difficult = 0;
  for (const score of scores) {
    // Whole-number answers keep this sum exact, so the mean does not depend on answer order.
    sum += score;
    if (score < midpoint) easy += 1;
    else if (score > midpoint) difficult += 1;
  }
  const n = scores.length;
  return {
    score: sum / n,
    scale,
    easy,
    neutral: n - easy - difficult,
    difficult,
    n,
    easyShare: easy / n,
    difficultShare: difficult / n,
  };
}
