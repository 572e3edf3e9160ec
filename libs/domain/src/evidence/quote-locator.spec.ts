import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../transcripts/transcript-parser.js';
import { DomainInputError } from '../validation/domain-input-error.js';
import { createQuoteLocator, locateQuote } from './quote-locator.js';
import type { QuoteLocateOptions, QuoteMatchKind, QuoteRejection } from './quote-locator-types.js';

const transcript = parseTranscript(
  [
    'Interviewer: How do you build the weekly report today?',
    'Participant: Honestly, um, I export it to Excel every Friday—and then I fix the columns by hand.' +
      ' It takes “forever”… maybe two hours.',
    'Interviewer: What happens next?',
    'Participant: I send it to my manager. Then I send it to my manager again when she asks for changes.',
    'Interviewer: Anything else?',
    'Participant: Café owners like us don’t have time. 我们需要更快的报告。 I I I love it 😍 when it works!',
  ].join('\n'),
  'txt',
);
const { text } = transcript;
const secondSendStart = text.indexOf('Then I send it');

type Found = { match: QuoteMatchKind; passage: string; segments?: string[] };
type Case = { scenario: string; quote: string; options?: QuoteLocateOptions; expected: Found | QuoteRejection };

const cases: Case[] = [
  {
    scenario: 'exact quote',
    quote: 'I export it to Excel every Friday',
    expected: { match: 'exact', passage: 'I export it to Excel every Friday' },
  },
  {
    scenario: 'exact quote with surrounding whitespace is trimmed',
    quote: '  I export it to Excel every Friday \n',
    expected: { match: 'exact', passage: 'I export it to Excel every Friday' },
  },
  {
    scenario: 'different case',
    quote: 'i EXPORT it to excel EVERY friday',
    expected: { match: 'normalized', passage: 'I export it to Excel every Friday' },
  },
  {
    scenario: 'different whitespace',
    quote: 'I export  it\n to\tExcel every Friday',
    expected: { match: 'normalized', passage: 'I export it to Excel every Friday' },
  },
  {
    scenario: 'straight apostrophe for a curly one',
    quote: "Café owners like us don't have time",
    expected: { match: 'normalized', passage: 'Café owners like us don’t have time' },
  },
  {
    scenario: 'apostrophe left out',
    quote: 'Café owners like us dont have time',
    expected: { match: 'normalized', passage: 'Café owners like us don’t have time' },
  },
  {
    scenario: 'spaced hyphen for an em dash',
    quote: 'every Friday - and then I fix the columns',
    expected: { match: 'normalized', passage: 'every Friday—and then I fix the columns' },
  },
  {
    scenario: 'straight quotes and three dots for curly quotes and an ellipsis',
    quote: 'It takes "forever"... maybe two hours',
    expected: { match: 'normalized', passage: 'It takes “forever”… maybe two hours' },
  },
  {
    scenario: 'quote marks around the quote and a trailing full stop',
    quote: '"I fix the columns by hand."',
    expected: { match: 'normalized', passage: 'I fix the columns by hand' },
  },
  {
    scenario: 'hesitation sound dropped by the model',
    quote: 'Honestly I export it to Excel',
    expected: { match: 'normalized', passage: 'Honestly, um, I export it to Excel' },
  },
  {
    scenario: 'stutter quoted fluently',
    quote: 'I love it when it works',
    expected: { match: 'normalized', passage: 'I I I love it 😍 when it works' },
  },
  {
    scenario: 'quote spanning two utterances (joined by a blank line)',
    quote: 'What happens next? I send it to my manager.',
    expected: { match: 'normalized', passage: 'What happens next?\n\nI send it to my manager' },
  },
  {
    scenario: 'elision with "..."',
    quote: 'I export it to Excel ... maybe two hours',
    expected: {
      match: 'elided',
      passage: 'I export it to Excel every Friday—and then I fix the columns by hand. It takes “forever”… maybe two hours',
      segments: ['I export it to Excel', 'maybe two hours'],
    },
  },
  {
    scenario: 'elision with "[…]" and a change of case',
    quote: 'i export it to excel […] fix the columns by hand',
    expected: {
      match: 'elided',
      passage: 'I export it to Excel every Friday—and then I fix the columns by hand',
      segments: ['I export it to Excel', 'fix the columns by hand'],
    },
  },
  {
    scenario: 'elision wider than maxElisionGap',
    quote: 'I export it to Excel ... maybe two hours',
    options: { maxElisionGap: 20 },
    expected: 'not_found',
  },
  { scenario: 'elided parts in the wrong order', quote: 'maybe two hours ... I export it to Excel', expected: 'not_found' },
  { scenario: 'elided part too short to check', quote: 'I export it to Excel ... hand', expected: 'not_found' },
  {
    scenario: 'more elisions than maxElisions',
    quote: 'I export it to Excel ... then I fix ... the columns ... two hours',
    options: { maxElisions: 2 },
    expected: 'not_found',
  },
  {
    scenario: 'repeated phrase: the first occurrence without a hint',
    quote: 'I send it to my manager',
    expected: { match: 'exact', passage: 'I send it to my manager' },
  },
  { scenario: 'reworded quote', quote: 'I export it to Google Sheets every Friday', expected: 'not_found' },
  { scenario: 'words in another order', quote: 'I export it every Friday to Excel', expected: 'not_found' },
  { scenario: 'a tolerant match must cover whole words', quote: 'EXPORT IT TO EXC', expected: 'not_found' },
  { scenario: 'accents differ', quote: 'Cafe owners like us don’t have time', expected: 'not_found' },
  { scenario: 'too short: one word', quote: 'the', expected: 'too_short' },
  { scenario: 'too short: three short words', quote: 'I fix it', expected: 'too_short' },
  { scenario: 'too short: one long word', quote: 'Participant', expected: 'too_short' },
  { scenario: 'too short: only fillers and punctuation', quote: 'um, uh... hmm — “”', expected: 'too_short' },
  { scenario: 'too short: empty', quote: '   ', expected: 'too_short' },
  { scenario: 'too short: emoji only', quote: '😍😍😍😍😍😍😍😍😍😍😍😍', expected: 'too_short' },
  {
    scenario: 'upper-case accented letters',
    quote: 'CAFÉ OWNERS LIKE US',
    expected: { match: 'normalized', passage: 'Café owners like us' },
  },
  {
    scenario: 'decomposed accent (e + combining acute)',
    quote: 'Cafe\u0301 owners like us',
    expected: { match: 'normalized', passage: 'Café owners like us' },
  },
  {
    scenario: 'full-width Latin letters (NFKC)',
    quote: 'ＣＡＦＥ\u0301 owners like us',
    expected: { match: 'normalized', passage: 'Café owners like us' },
  },
  {
    scenario: 'emoji in the quote',
    quote: 'love it 😍 when it works',
    expected: { match: 'exact', passage: 'love it 😍 when it works' },
  },
  { scenario: 'CJK exact', quote: '我们需要更快', expected: { match: 'exact', passage: '我们需要更快' } },
  {
    scenario: 'CJK with different punctuation, ending inside a run of Han characters',
    quote: '「我们需要更快的」',
    expected: { match: 'normalized', passage: '我们需要更快的' },
  },
  { scenario: 'CJK too short', quote: '报告', expected: 'too_short' },
];

describe('locateQuote', () => {
  it.each(cases)('$scenario', ({ quote, options, expected }) => {
    const result = locateQuote(text, quote, options);
    if (typeof expected === 'string') {
      expect(result).toEqual({ found: false, reason: expected });
      return;
    }
    if (!result.found) throw new Error(`expected a match, got ${result.reason}`);
    expect(result.match).toBe(expected.match);
    expect(text.slice(result.start, result.end)).toBe(expected.passage);
    const segments = result.segments.map((segment) => text.slice(segment.start, segment.end));
    expect(segments).toEqual(expected.segments ?? [expected.passage]);
  });

  it('prefers the occurrence inside the `within` hint', () => {
    const within = { start: secondSendStart, end: text.indexOf('Anything else?') };
    const result = locateQuote(text, 'I send it to my manager', { within });
    expect(result).toMatchObject({ found: true, match: 'exact', start: secondSendStart + 'Then '.length });
  });

  it('prefers a tolerant match inside the hint to an exact one outside it', () => {
    const within = { start: secondSendStart, end: text.length };
    const result = locateQuote(text, 'i send it to my manager', { within });
    expect(result).toMatchObject({ found: true, match: 'normalized', start: secondSendStart + 'Then '.length });
  });

  it('takes the occurrence nearest to a hint that contains none', () => {
    const sentence = 'We lose the receipts every month. ';
    const repeated = sentence.repeat(3) + 'Nothing here at all, really. '.repeat(10);
    const quote = 'We lose the receipts every month';
    const atEnd = { start: repeated.length - 10, end: repeated.length };
    expect(locateQuote(repeated, quote, { within: atEnd })).toMatchObject({ start: 2 * sentence.length });
    expect(locateQuote(repeated, quote, { within: { start: 1, end: 20 } })).toMatchObject({ start: 0 });
  });

  it('accepts shorter quotes when the minimum is lowered', () => {
    expect(locateQuote(text, 'I fix it', { minChars: 3, minWords: 1 })).toEqual({ found: false, reason: 'not_found' });
    expect(locateQuote(text, 'by hand', { minChars: 3, minWords: 1 })).toMatchObject({ found: true, match: 'exact' });
  });

  it.each([
    { scenario: 'hint ends past the text', options: { within: { start: 0, end: text.length + 1 } } },
    { scenario: 'hint starts after it ends', options: { within: { start: 10, end: 5 } } },
    { scenario: 'negative minimum', options: { minChars: -1 } },
    { scenario: 'fractional gap', options: { maxElisionGap: 1.5 } },
  ])('rejects invalid options: $scenario', ({ options }) => {
    expect(() => locateQuote(text, 'I export it to Excel', options)).toThrow(DomainInputError);
  });
});

describe('createQuoteLocator', () => {
  it('gives the same answers as locateQuote, quote after quote', () => {
    const locator = createQuoteLocator(text);
    for (const { quote, options } of cases) {
      expect(locator.locate(quote, options)).toEqual(locateQuote(text, quote, options));
    }
  });

  it('handles an empty text', () => {
    expect(createQuoteLocator('').locate('I export it to Excel')).toEqual({ found: false, reason: 'not_found' });
  });
});
