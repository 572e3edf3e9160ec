import { DomainInputError } from '../validation/domain-input-error.js';
import { assertCount } from '../validation/assert-input.js';
import { DEFAULT_QUOTE_LOCATE_OPTIONS, type QuoteLocateOptions, type TextSpan } from './quote-locator-types.js';

export type ResolvedQuoteLocateOptions = {
  within: TextSpan | undefined;
  minChars: number;
  minWords: number;
  maxElisionGap: number;
  maxElisions: number;
};

/** Fills in defaults and rejects nonsensical options with a `DomainInputError`. */
export function resolveQuoteLocateOptions(options: QuoteLocateOptions, textLength: number): ResolvedQuoteLocateOptions {
  const resolved = { ...DEFAULT_QUOTE_LOCATE_OPTIONS, ...options };
  assertCount(resolved.minChars, 'minChars');
  assertCount(resolved.minWords, 'minWords');
  assertCount(resolved.maxElisionGap, 'maxElisionGap');
  assertCount(resolved.maxElisions, 'maxElisions');
  const within = options.within;
  if (within !== undefined) {
    assertCount(within.start, 'within.start');
    assertCount(within.end, 'within.end');
    if (within.start > within.end) {
      throw new DomainInputError('INCONSISTENT_INPUT', 'within', `start ${within.start} is after end ${within.end}`);
    }
    if (within.end > textLength) {
      throw new DomainInputError('OUT_OF_RANGE', 'within.end', `expected at most the text length ${textLength}, got ${within.end}`);
    }
  }
  return {
    within: within === undefined ? undefined : { start: within.start, end: within.end },
    minChars: resolved.minChars,
    minWords: resolved.minWords,
    maxElisionGap: resolved.maxElisionGap,
    maxElisions: resolved.maxElisions,
  };
}
