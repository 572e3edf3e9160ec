import { DomainInputError, assertFinite } from '../validation/index.js';

/** The answer scale of the ODI questionnaire: importance and satisfaction are asked on 1–5. */
export const DEFAULT_RATING_SCALE = 5;

/**
 * Below this many answers a question is flagged `lowSample`. Thirty is the usual rule of thumb for
 * trusting a normal approximation to a proportion; ODI studies aim for far more per segment.
 */
export const LOW_SAMPLE_SIZE = 30;

/**
 * Throws unless `scale` is a whole number of at least 3. On a 2-point scale "top two box" would be every
 * answer, so the share could never tell outcomes apart.
 */
export function assertRatingScale(scale: unknown, field = 'scale'): asserts scale is number {
  assertFinite(scale, field);
  if (!Number.isInteger(scale)) {
    throw new DomainInputError('NOT_AN_INTEGER', field, `expected a whole-number scale, got ${scale}`);
  }
  if (scale < 3) {
    throw new DomainInputError('OUT_OF_RANGE', field, `expected a scale of 3 points or more, got ${scale}`);
  }
}
