/** A half-open range `[start, end)` of UTF-16 offsets into a transcript's text. */
export type TextSpan = { start: number; end: number };

/**
 * How a quote was found:
 * - `exact`: the quote (trimmed) occurs verbatim;
 * - `normalized`: it occurs once case, whitespace, punctuation, quote and dash styles, hesitation
 *   sounds and stutters are ignored;
 * - `elided`: the quote used "..." to leave words out, and each part occurs, in order, close together.
 */
export type QuoteMatchKind = 'exact' | 'normalized' | 'elided';

/** Why a quote was not accepted as evidence. */
export type QuoteRejection = 'too_short' | 'not_found';

/**
 * A located quote. `text.slice(start, end)` is the passage in the original text, from the first
 * to the last matched character (for `normalized` and `elided` matches, without punctuation or
 * spaces at either end). `segments` are the parts actually quoted: one span equal to
 * `{ start, end }`, or one per part of an elided quote.
 */
export type QuoteFound = {
  found: true;
  start: number;
  end: number;
  match: QuoteMatchKind;
  segments: readonly TextSpan[];
};

/** A quote that cannot ground an outcome. */
export type QuoteNotFound = { found: false; reason: QuoteRejection };

export type QuoteLocation = QuoteFound | QuoteNotFound;

export type QuoteLocateOptions = {
  /**
   * Preferred region, usually the chunk the model read: an occurrence inside it wins over one
   * elsewhere; otherwise the occurrence nearest to it is taken.
   */
  within?: TextSpan;
  /** Minimum weighted characters of the folded quote (default 12; Han, kana and Hangul count 2). */
  minChars?: number;
  /** Minimum words of the folded quote (default 2; waived for scripts without spaces). */
  minWords?: number;
  /** Largest gap, in folded characters, that one "..." may stand for (default 200, about 35 words). */
  maxElisionGap?: number;
  /** Most "..." elisions accepted in one quote (default 3). */
  maxElisions?: number;
};

export const DEFAULT_QUOTE_LOCATE_OPTIONS = {
  minChars: 12,
  minWords: 2,
  maxElisionGap: 200,
  maxElisions: 3,
} as const satisfies Required<Omit<QuoteLocateOptions, 'within'>>;

/** Each part of an elided quote must have at least this many weighted folded characters. */
export const MIN_ELISION_PART_CHARS = 8;

/** A locator built once for one transcript text and reused for all its quotes. */
export type QuoteLocator = {
  readonly text: string;
  locate(quote: string, options?: QuoteLocateOptions): QuoteLocation;
};
