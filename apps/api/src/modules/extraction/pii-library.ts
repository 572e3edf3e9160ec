import { OpenRedaction, type PIIDetection } from '@openredaction/core';
import { digitCount } from './pii-patterns.js';
import type { PiiKind, PiiSpan } from './redaction-map.js';

/**
 * The @openredaction/core patterns we keep, and what each becomes. Only identifiers of a person: emails,
 * phone numbers, payment cards (Luhn-checked), IBANs (checksum) and US social security numbers. Its other
 * 570 patterns are off on purpose: DATE, DATE_OF_BIRTH, ZIP codes, order/tracking/membership numbers,
 * IPv4 (matches version numbers) and its NAME guesser would blank out dates, times, amounts and product
 * names, which are the research content; speaker names come from the transcript's own labels instead.
 */
export const LIBRARY_TYPES: Readonly<Record<string, PiiKind>> = {
  EMAIL: 'email',
  PHONE_UK: 'phone',
  PHONE_UK_MOBILE: 'phone',
  PHONE_US: 'phone',
  PHONE_INTERNATIONAL: 'phone',
  CREDIT_CARD: 'account',
  IBAN: 'account',
  SSN: 'id',
};

/**
 * A bare number the library calls a phone needs this many digits: UK and US numbers have 10 or 11, while
 * "300 500 700 staff" or part of an ISBN (its patterns match both) have fewer.
 */
export const MIN_LIBRARY_PHONE_DIGITS = 10;

let detector: OpenRedaction | undefined;

/** One detector per process: building it compiles the kept patterns; `detect` keeps no state between calls. */
function libraryDetector(): OpenRedaction {
  detector ??= new OpenRedaction({
    patterns: Object.keys(LIBRARY_TYPES),
    includeNames: false,
    includeAddresses: false,
    redactionMode: 'placeholder',
    enableCache: false,
    // Its false-positive filter drops numbers in everyday speech ("Call me on 07700 900123 after lunch");
    // the digit minimum below removes the few non-phones it lets through instead.
    enableFalsePositiveFilter: false,
  });
  return detector;
}

/**
 * The library's detections as spans. A detection whose reported position does not hold its value is
 * placed at every occurrence of the value instead, and one whose value is nowhere in the text throws:
 * a detection we cannot place is a value we cannot promise to hide.
 */
export async function detectWithLibrary(text: string): Promise<PiiSpan[]> {
  const result = await libraryDetector().detect(text);
  return result.detections.flatMap((detection) => {
    const kind = LIBRARY_TYPES[detection.type];
    if (!kind) return [];
    if (kind === 'phone' && digitCount(detection.value) < MIN_LIBRARY_PHONE_DIGITS) return [];
    return placed(text, detection).map(({ start, end }) => ({ kind, start, end }));
  });
}

function placed(text: string, detection: PIIDetection): { start: number; end: number }[] {
  const [start, end] = detection.position;
  if (text.slice(start, end) === detection.value) return [{ start, end }];
  if (detection.value === '') return [];
  const spans: { start: number; end: number }[] = [];
  for (let at = text.indexOf(detection.value); at !== -1; at = text.indexOf(detection.value, at + 1)) spans.push({ start: at, end: at + detection.value.length });
  if (spans.length === 0) throw new Error(`the ${detection.type} detection could not be placed in the text`);
  return spans;
}
