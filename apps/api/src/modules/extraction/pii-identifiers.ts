import type { PiiSpan } from './redaction-map.js';

/**
 * IBANs and US social security numbers as people say them in an interview. The library checks both but
 * misses them in running speech: its IBAN pattern swallows the next word ("GB82 … 32 please" fails the
 * checksum), and its SSN pattern needs "SSN" right before the number.
 */

/** Upper-case country code, check digits, then groups as printed on statements ("GB82 WEST 1234 …"). */
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

/** The dashed 3-2-4 shape only: bare nine-digit runs are too often something else. */
const SSN = /(?<![\p{L}\p{N}-])(\d{3})-(\d{2})-(\d{4})(?![\p{N}-])/gu;

export function detectIdentifiers(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const match of text.matchAll(IBAN)) {
    const length = longestValidIban(match[0]);
    if (length > 0) spans.push({ kind: 'account', start: match.index, end: match.index + length });
  }
  for (const match of text.matchAll(SSN)) {
    const [, area, group, serial] = match;
    if (area === '000' || area === '666' || area!.startsWith('9') || group === '00' || serial === '0000') continue;
    spans.push({ kind: 'id', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Length of the longest prefix, cut at a space, that passes the ISO 13616 checksum; 0 when none does. */
function longestValidIban(candidate: string): number {
  for (let end = candidate.length; end > 0; end = candidate.lastIndexOf(' ', end - 1)) {
    if (isValidIban(candidate.slice(0, end))) return end;
  }
  return 0;
}

/** ISO 13616: 15 to 34 characters, and the number formed by moving the first four to the end is 1 modulo 97. */
export function isValidIban(value: string): boolean {
  const compact = value.replace(/ /g, '');
  if (compact.length < 15 || compact.length > 34) return false;
  let remainder = 0;
  for (const character of compact.slice(4) + compact.slice(0, 4)) {
    const digits = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
