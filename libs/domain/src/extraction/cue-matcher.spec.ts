import { describe, expect, it } from 'vitest';
import { CUE_LEXICON } from './cue-lexicon.js';
import { findCues } from './cue-matcher.js';
import { OUTCOME_CUES } from './extraction-types.js';
import { tokenizeSentence } from './sentence-tokens.js';

const cuesIn = (sentence: string): { phrase: string; negated: boolean }[] =>
  findCues(tokenizeSentence(sentence)).map((cue) => ({ phrase: cue.entry.phrase, negated: cue.negated }));

describe('findCues', () => {
  it('prefers the longest phrase at a word', () => {
    expect(cuesIn('it takes forever')).toEqual([{ phrase: 'takes forever', negated: false }]);
    expect(cuesIn('I can never find it')).toEqual([{ phrase: 'can never find', negated: false }]);
  });

  it('matches typographic apostrophes', () => {
    expect(cuesIn('I can’t find it')).toEqual([{ phrase: "can't find", negated: false }]);
  });

  it.each([
    ['"not" before the cue', "it's not hard to file", true],
    ['"not that" before the cue', "it's not that hard to file", true],
    ['"never" before the cue', 'I never miss a payment', true],
    ['"n\'t" before the cue', "I'm not worried", true],
    ['negation scope ends at "to"', "I don't want to miss a payment", false],
    ['negation in another clause', 'No, it takes me hours', false],
    ['negation too far away', 'nobody ever told me it would be so tedious', false],
  ])('negation: %s', (_scenario, sentence, negated) => {
    expect(cuesIn(sentence).every((cue) => cue.negated === negated)).toBe(true);
  });

  it('does not match across a clause boundary', () => {
    expect(cuesIn('it is hard, to be honest').map((cue) => cue.phrase)).toEqual([]);
  });

  it('has a documented strength in 0..1 for every entry, and entries for every cue kind', () => {
    for (const entry of CUE_LEXICON) {
      expect(entry.strength).toBeGreaterThan(0);
      expect(entry.strength).toBeLessThanOrEqual(1);
      expect(entry.phrase).toBe(entry.phrase.toLowerCase());
    }
    for (const cue of OUTCOME_CUES) expect(CUE_LEXICON.some((entry) => entry.cue === cue)).toBe(true);
  });
});
