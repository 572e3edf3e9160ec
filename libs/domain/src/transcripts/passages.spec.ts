import { describe, expect, it } from 'vitest';
import { toPassages } from './passages.js';
import { parseTranscript } from './transcript-parser.js';

describe('toPassages', () => {
  it('gives one passage per utterance with exact offsets', () => {
    const parsed = parseTranscript('A: Hello there.\nB: It takes two days.', 'txt');
    const passages = toPassages(parsed);
    expect(passages.map((passage) => passage.text)).toEqual(['Hello there.', 'It takes two days.']);
    for (const passage of passages) expect(parsed.text.slice(passage.start, passage.start + passage.text.length)).toBe(passage.text);
  });

  it('cuts long monologues at whitespace under the limit, losing no words', () => {
    const words = Array.from({ length: 400 }, (_, index) => `word${index}`);
    const parsed = parseTranscript(`A: ${words.join(' ')}`, 'txt');
    const passages = toPassages(parsed, 100);
    expect(passages.every((passage) => passage.text.length <= 100)).toBe(true);
    expect(passages.flatMap((passage) => passage.text.split(' '))).toEqual(words);
    for (const passage of passages) expect(parsed.text.slice(passage.start, passage.start + passage.text.length)).toBe(passage.text);
  });

  it('hard-cuts a word longer than the limit', () => {
    const parsed = parseTranscript(`A: ${'x'.repeat(250)}`, 'txt');
    expect(toPassages(parsed, 100).map((passage) => passage.text.length)).toEqual([100, 100, 50]);
  });

  it('rejects a nonsensical limit', () => {
    expect(() => toPassages({ text: '', utterances: [] }, 0)).toThrow(RangeError);
  });
});
