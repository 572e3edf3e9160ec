import { assertScaleAnswers } from './survey-answers.js';

/**
 * Net Promoter Score of one set of answers. `score` is in NPS points (−100..100), the unit NPS is
 * always reported in; the `*Share` fields are proportions 0..1. Full precision: round only for display.
 */
export type NetPromoterScore = {
  /** % promoters − % detractors, −100..100. */
  score: number;
  /** Answers of 9 or 10. */
  promoters: number;
  /** Answers of 7 or 8: counted in `n` but in neither share that makes up the score. */
  passives: number;
  /** Answers of 0 to 6. */
  detractors: number;
  n: number;
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
};

/**
 * Net Promoter Score (Reichheld 2003, "The One Number You Need to Grow", Harvard Business Review;
 * DOMAIN.md, relationship level):
 *
 *   NPS = 100 × (promoters − detractors) / n
 *
 * on the 0–10 "How likely is it that you would recommend us to a friend or colleague?" scale, with
 * promoters answering 9–10, passives 7–8 and detractors 0–6.
 *
 * @param scores whole numbers 0..10, one per respondent; at least one.
 * @throws DomainInputError EMPTY_INPUT (`scores`) for no answers; NOT_A_NUMBER, NOT_AN_INTEGER or
 *   OUT_OF_RANGE (`scores[i]`) for an answer that is not a whole number from 0 to 10.
 */
export function nps(scores: readonly number[]): NetPromoterScore {
  assertScaleAnswers(scores, 0, 10, 'scores');
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    if (score >= 9) promoters += 1;
    else if (score <= 6) detractors += 1;
  }
  const n = scores.length;
  const passives = n - promoters - detractors;
  return {
    // One division of the count difference, so e.g. 50 promoters and 50 detractors give exactly 0.
    score: (100 * (promoters - detractors)) / n,
    promoters,
    passives,
    detractors,
    n,
    promoterShare: promoters / n,
    passiveShare: passives / n,
    detractorShare: detractors / n,
  };
}
