import type { PiiKind, PiiSpan } from './redaction-map.js';

/**
 * Our own patterns, run beside @openredaction/core because the library finds no URLs, skips emails at
 * example/test-looking domains (it takes them for sample data), and cuts "+1 (415) 555-0132" down to
 * "415) 555-0132". Over-redacting an email or URL costs nothing; sending one out is the failure to avoid.
 */

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
/** A dotted host name ending in a letters-only top-level label: "acme.co.uk", "münchen.de". */
const HOST = String.raw`(?:${LABEL}\.)+\p{L}{2,24}`;

const EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@${HOST}(?![\p{L}\p{N}-])`, 'gu');

/**
 * URLs: anything after a scheme, anything after "www.", and a bare host followed by a path
 * ("acme.com/pricing"). A bare host alone ("Booking.com", "Monday.com") is left: in interviews it is
 * usually a product the customer uses, which is research content. "e.g." and "i.e." never match: a host
 * needs a top-level label of two letters or more followed by "/".
 */
const URL_PATTERN = new RegExp(
  [String.raw`\b(?:https?|ftp)://[^\s<>"]+`, String.raw`(?<![\p{L}\p{N}@.-])www\.${HOST}(?:[/?#][^\s<>"]*)?`, String.raw`(?<![\p{L}\p{N}@./-])${HOST}/[^\s<>"]*`].join('|'),
  'giu',
);

/**
 * Phone numbers written with an international prefix ("+44 (0)20 7946 0958", "0049 30 1234567",
 * "+33 1 23 45 67 89") or an area code in brackets ("(415) 555-0132"). Bare digit runs are left to the
 * library's national patterns, which check the shape of UK and US numbers.
 */
const PHONE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}+])(?:\+|00)\d{1,3}(?:[ .-]?\(\d{1,5}\))?(?:[ .-]?\d{1,5}){1,6}(?![\p{L}\p{N}])`,
    // A US area code (three digits) or a trunk-prefixed one ("(020)", "(0161)"); "(2019) 2020" is a year.
    String.raw`(?<![\p{L}\p{N}])\((?:\d{3}|0\d{1,4})\)[ .-]?\d{2,5}(?:[ .-]?\d{2,5}){0,3}(?![\p{L}\p{N}])`,
  ].join('|'),
  'gu',
);

/** A phone number has at least this many digits (the shortest national numbers with their area code). */
export const MIN_PHONE_DIGITS = 8;

/** Emails, URLs and prefixed or bracketed phone numbers found by our own patterns. */
export function detectPatterns(text: string): PiiSpan[] {
  return [
    ...matches(text, EMAIL, 'email'),
    ...matches(text, URL_PATTERN, 'url').map((span) => trimUrlEnd(text, span)),
    ...matches(text, PHONE, 'phone').filter((span) => digitCount(text.slice(span.start, span.end)) >= MIN_PHONE_DIGITS),
  ];
}

export function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

function matches(text: string, pattern: RegExp, kind: PiiKind): PiiSpan[] {
  return [...text.matchAll(pattern)].map((match) => ({ kind, start: match.index, end: match.index + match[0].length }));
}

/** Sentence punctuation after a URL is not part of it; a closing bracket is, when the URL opened one. */
function trimUrlEnd(text: string, span: PiiSpan): PiiSpan {
  let end = span.end;
  while (end > span.start) {
    const last = text[end - 1]!;
    if (/[.,;:!?'"”’*]/u.test(last)) end -= 1;
    else if (/[)\]}>]/u.test(last) && !hasOpener(text.slice(span.start, end - 1), last)) end -= 1;
    else break;
  }
  return { ...span, end };
}

function hasOpener(text: string, closer: string): boolean {
  const opener = ({ ')': '(', ']': '[', '}': '{', '>': '<' } as Record<string, string>)[closer]!;
  return text.split(opener).length > text.split(closer).length;
}
