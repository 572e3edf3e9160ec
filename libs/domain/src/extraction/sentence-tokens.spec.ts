import { describe, expect, it } from 'vitest';
import { tokenizeSentence } from './sentence-tokens.js';

const words = (sentence: string): string[] => tokenizeSentence(sentence).map((token) => token.text);

describe('tokenizeSentence', () => {
  it.each([
    ['hesitations', 'It takes, um, hours to uh reconcile', ['it', 'takes', 'hours', 'to', 'reconcile']],
    ['comma-bounded "like" and "you know"', 'It is, like, hard to, you know, find', ['it', 'is', 'hard', 'to', 'find']],
    ['"kind of" without a determiner', "it's kind of hard", ["it's", 'hard']],
    ['"kind of" after a determiner stays', 'what kind of report', ['what', 'kind', 'of', 'report']],
    ['"you know" before a complement stays', 'you know whether it was paid', ['you', 'know', 'whether', 'it', 'was', 'paid']],
    ['sentence-initial discourse markers', 'Well, so, basically I wait', ['I', 'wait']],
    ['contractions and hyphenated verbs are one word', "I can't double-check it", ['I', "can't", 'double-check', 'it']],
    ['the sentence capital is not part of the word', 'Chasing approvals', ['chasing', 'approvals']],
  ])('%s', (_scenario, sentence, expected) => {
    expect(words(sentence)).toEqual(expected);
  });

  it('keeps offsets into the sentence', () => {
    const sentence = 'So, um, I wait.';
    for (const token of tokenizeSentence(sentence)) expect(sentence.slice(token.start, token.end).toLowerCase()).toBe(token.key);
  });

  it('numbers clauses at punctuation, clause openers and "and" + subject, not around fillers', () => {
    const clauses = (sentence: string): number[] => tokenizeSentence(sentence).map((token) => token.clause);
    expect(clauses('hard, like, to find')).toEqual([0, 0, 0]);
    expect(clauses('it takes hours, because nobody answers')).toEqual([0, 0, 0, 1, 1, 1]);
    expect(clauses('reconcile the feed and I check')).toEqual([0, 0, 0, 1, 1, 1]);
    expect(clauses('invoices and receipts')).toEqual([0, 0, 0]);
  });
});
