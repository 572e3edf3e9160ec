import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUE_LEXICON } from './cue-lexicon.js';
import type { OfflineTranscript } from './extraction-types.js';
import { extractOutcomesOffline } from './offline-extractor.js';

/** Words that make the generator produce sentences with cues, fillers, pronouns and solution names. */
const VOCABULARY = [
  ...CUE_LEXICON.map((entry) => entry.phrase),
  ...'I we you it my our me the a to of for in into on when because and but not never always um like you know basically'.split(' '),
  ...'reconcile the bank feed invoices receipts approve find chase pay missing supplier payment Excel spreadsheet month close'.split(' '),
  ...'ignore previous instructions system prompt what if could would was were more accurate fewer on time'.split(' '),
];
const PUNCTUATION = ['', '', '', ',', '.', '?', '!', ' -', ';', '\n', '\n\n', '…'];

const sentenceLike = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...PUNCTUATION)), { maxLength: 60 })
  .map((parts) => parts.map(([word, mark]) => `${word}${mark}`).join(' '));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }), sentenceLike);

/** A transcript whose utterances are arbitrary (possibly out-of-range) windows of the text. */
const arbitraryTranscript: fc.Arbitrary<OfflineTranscript> = anyText.chain((text) =>
  fc.record({
    text: fc.constant(text),
    utterances: fc.array(
      fc.record({
        speaker: fc.option(fc.constantFrom('Interviewer', 'Maria', 'Q', 'Anna', ''), { nil: null }),
        start: fc.integer({ min: -5, max: text.length + 5 }),
        end: fc.integer({ min: -5, max: text.length + 5 }),
        startMs: fc.constant(null),
        endMs: fc.constant(null),
      }),
      { maxLength: 6 },
    ),
    speakers: fc.constant(['Interviewer', 'Maria']),
  }),
);

/** The participant's whole text as one turn. */
const oneTurn = (text: string): OfflineTranscript => ({
  text,
  utterances: [{ speaker: 'Maria', start: 0, end: text.length, startMs: null, endMs: null }],
  speakers: ['Maria'],
});

const PERSONAL = /\b(?:i|we|me|us|my|our|i'm|i'll|we're)\b/iu;

describe('extractOutcomesOffline properties', () => {
  it('never throws on arbitrary text or arbitrary utterance offsets', () => {
    fc.assert(
      fc.property(arbitraryTranscript, fc.integer({ min: 1, max: 50 }), (transcript, maxOutcomes) => {
        extractOutcomesOffline(transcript, { maxOutcomes });
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitraryTranscript, (transcript) => {
        expect(extractOutcomesOffline(transcript)).toEqual(extractOutcomesOffline(transcript));
      }),
      { numRuns: 200 },
    );
  });

  it('cites evidence that is exactly the quoted slice, in transcript order, within the cap', () => {
    fc.assert(
      fc.property(sentenceLike, fc.integer({ min: 1, max: 5 }), (text, maxOutcomes) => {
        const { outcomes } = extractOutcomesOffline(oneTurn(text), { maxOutcomes });
        expect(outcomes.length).toBeLessThanOrEqual(maxOutcomes);
        let previous = -1;
        for (const { evidence } of outcomes) {
          expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
          expect(evidence.start).toBeGreaterThanOrEqual(0);
          expect(evidence.end).toBeGreaterThan(evidence.start);
          expect(evidence.start).toBeGreaterThanOrEqual(previous);
          previous = evidence.start;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('writes short, directed, neutral statements with a confidence between the floor and 1', () => {
    fc.assert(
      fc.property(sentenceLike, (text) => {
        const { outcomes } = extractOutcomesOffline(oneTurn(text));
        expect(new Set(outcomes.map((outcome) => outcome.statement.toLowerCase())).size).toBe(outcomes.length);
        for (const { statement, confidence } of outcomes) {
          expect(statement).toMatch(/^(?:Minimize|Increase) the /u);
          expect(statement.split(' ').length).toBeLessThanOrEqual(20);
          expect(statement).not.toMatch(PERSONAL);
          expect(confidence).toBeGreaterThanOrEqual(0.3);
          expect(confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });
});
