import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../transcripts/transcript-parser.js';
import type { ParsedUtterance } from '../transcripts/transcript-types.js';
import { DomainInputError } from '../validation/domain-input-error.js';
import { renderChunk } from './chunk-render.js';
import type { ChunkableTranscript, TranscriptChunk } from './chunk-types.js';
import { estimateTokens } from './token-estimate.js';
import { chunkTranscript } from './transcript-chunker.js';

/** Builds a transcript the way the parser does: utterance texts joined by a blank line. */
function transcriptOf(turns: ReadonlyArray<readonly [string | null, string]>): ChunkableTranscript {
  let text = '';
  const utterances: ParsedUtterance[] = [];
  turns.forEach(([speaker, words], index) => {
    if (index > 0) text += '\n\n';
    utterances.push({ speaker, start: text.length, end: text.length + words.length, startMs: null, endMs: null });
    text += words;
  });
  return { text, utterances };
}

const rendered = (transcript: ChunkableTranscript, chunks: TranscriptChunk[]): string[] =>
  chunks.map((chunk) => renderChunk(transcript, chunk));

const interview = parseTranscript(
  [
    'Interviewer: How do you build the weekly report today?',
    'Participant: I export it to Excel every Friday and fix the columns by hand.',
    'Interviewer: How long does that take?',
    'Participant: About two hours, sometimes three when the data is late.',
    'Interviewer: What would make it faster?',
    'Participant: If the export already had the right columns.',
  ].join('\n'),
  'txt',
);

describe('chunkTranscript', () => {
  it('keeps a transcript that fits in one chunk, rendered with speaker labels', () => {
    const chunks = chunkTranscript(interview, { maxTokens: 1000, overlapTokens: 100 });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({
      index: 0,
      start: 0,
      end: interview.text.length,
      text: interview.text,
      utteranceStart: 0,
      utteranceEnd: 6,
    });
    expect(renderChunk(interview, chunks[0] as TranscriptChunk)).toBe(
      [
        'Interviewer: How do you build the weekly report today?',
        'Participant: I export it to Excel every Friday and fix the columns by hand.',
        'Interviewer: How long does that take?',
        'Participant: About two hours, sometimes three when the data is late.',
        'Interviewer: What would make it faster?',
        'Participant: If the export already had the right columns.',
      ].join('\n\n'),
    );
    expect(chunks[0]?.tokens).toBe(estimateTokens(renderChunk(interview, chunks[0] as TranscriptChunk)));
  });

  it('ends chunks on speaker turns', () => {
    const chunks = chunkTranscript(interview, { maxTokens: 40, overlapTokens: 0 });
    expect(chunks.length).toBeGreaterThan(1);
    const ends = new Set(interview.utterances.map((utterance) => utterance.end));
    for (const chunk of chunks) {
      expect(ends.has(chunk.end)).toBe(true);
      expect(chunk.tokens).toBeLessThanOrEqual(40);
    }
    expect(chunks.map((chunk) => [chunk.utteranceStart, chunk.utteranceEnd])).toEqual([
      [0, 3],
      [3, 6],
    ]);
    // Greedy: the next turn would not have fitted.
    const first = chunks[0] as TranscriptChunk;
    const withNext = { ...first, end: interview.utterances[3]?.end ?? 0, utteranceEnd: 4 };
    expect(estimateTokens(renderChunk(interview, withNext))).toBeGreaterThan(40);
  });

  it('repeats the last turn of a chunk at the start of the next when the overlap allows', () => {
    const chunks = chunkTranscript(interview, { maxTokens: 40, overlapTokens: 20 });
    for (let index = 1; index < chunks.length; index++) {
      const previous = chunks[index - 1] as TranscriptChunk;
      const chunk = chunks[index] as TranscriptChunk;
      expect(chunk.utteranceStart).toBe(previous.utteranceEnd - 1);
      expect(chunk.start).toBeLessThan(previous.end);
    }
    expect(chunks.at(-1)?.utteranceEnd).toBe(interview.utterances.length);
  });

  it('cuts an utterance over budget at sentence boundaries', () => {
    const sentences = Array.from({ length: 12 }, (_, index) => `Sentence number ${index + 1} says the report is late again.`);
    const transcript = transcriptOf([['Participant', sentences.join(' ')]]);
    const chunks = chunkTranscript(transcript, { maxTokens: 50, overlapTokens: 0 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.text.endsWith('again.')).toBe(true);
      expect(chunk.text.startsWith('Sentence number')).toBe(true);
      expect(chunk.tokens).toBeLessThanOrEqual(50);
    }
    expect(rendered(transcript, chunks).every((prompt) => prompt.startsWith('Participant: Sentence'))).toBe(true);
    expect(chunks.map((chunk) => chunk.text).join(' ')).toBe(transcript.text);
  });

  it('repeats the last sentences of a cut utterance as overlap', () => {
    const sentences = Array.from({ length: 12 }, (_, index) => `Sentence number ${index + 1} says the report is late again.`);
    const transcript = transcriptOf([['Participant', sentences.join(' ')]]);
    const chunks = chunkTranscript(transcript, { maxTokens: 50, overlapTokens: 15 });
    expect(chunks.length).toBeGreaterThan(1);
    for (let index = 1; index < chunks.length; index++) {
      const previous = chunks[index - 1] as TranscriptChunk;
      const chunk = chunks[index] as TranscriptChunk;
      const firstSentence = chunk.text.slice(0, chunk.text.indexOf('again.') + 'again.'.length);
      expect(previous.text.endsWith(firstSentence)).toBe(true);
    }
  });

  it('cuts a sentence over budget at whitespace', () => {
    const sentence = `${Array.from({ length: 120 }, (_, index) => `word${index}`).join(' ')}.`;
    const transcript = transcriptOf([[null, sentence]]);
    const chunks = chunkTranscript(transcript, { maxTokens: 30, overlapTokens: 0 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.tokens).toBeLessThanOrEqual(30);
      expect(chunk.text).toMatch(/^word\d+( word\d+)*\.?$/u);
    }
    expect(chunks.map((chunk) => chunk.text).join(' ')).toBe(sentence);
  });

  it('cuts a run without spaces or punctuation between characters as a last resort', () => {
    const run = '我们需要更快的报告'.repeat(20);
    const transcript = transcriptOf([['受访者', run]]);
    const chunks = chunkTranscript(transcript, { maxTokens: 50, overlapTokens: 0 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.tokens).toBeLessThanOrEqual(50);
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(run);
  });

  it('renders a turn without a speaker as bare text', () => {
    const transcript = transcriptOf([
      [null, 'We met at the office.'],
      ['Ana', 'It was raining.'],
    ]);
    const [chunk] = chunkTranscript(transcript, { maxTokens: 100, overlapTokens: 0 });
    expect(renderChunk(transcript, chunk as TranscriptChunk)).toBe('We met at the office.\n\nAna: It was raining.');
  });

  it('gives no chunks for a transcript without utterances', () => {
    expect(chunkTranscript({ text: '', utterances: [] }, { maxTokens: 100, overlapTokens: 10 })).toEqual([]);
  });

  it.each([
    { scenario: 'zero budget', options: { maxTokens: 0, overlapTokens: 0 } },
    { scenario: 'fractional budget', options: { maxTokens: 10.5, overlapTokens: 0 } },
    { scenario: 'negative overlap', options: { maxTokens: 10, overlapTokens: -1 } },
    { scenario: 'overlap as large as the budget', options: { maxTokens: 10, overlapTokens: 10 } },
  ])('rejects invalid budgets: $scenario', ({ options }) => {
    expect(() => chunkTranscript(interview, options)).toThrow(DomainInputError);
  });

  it('rejects utterances out of order or outside the text', () => {
    const [first, second] = interview.utterances as [ParsedUtterance, ParsedUtterance];
    const options = { maxTokens: 100, overlapTokens: 0 };
    expect(() => chunkTranscript({ text: interview.text, utterances: [second, first] }, options)).toThrow(DomainInputError);
    expect(() => chunkTranscript({ text: 'short', utterances: [second] }, options)).toThrow(DomainInputError);
  });
});

const SENTENCE_WORDS = [
  ...['we', 'export', 'the', 'report', 'every', 'Friday', 'and', 'it', 'takes', 'hours'],
  ...['café', '我们需要', 'don’t', 'supercalifragilistic'],
];
const turn = fc.tuple(
  fc.constantFrom<string | null>('Interviewer', 'Participant', 'A very long speaker name for a label', null),
  fc
    .array(fc.tuple(fc.constantFrom(...SENTENCE_WORDS), fc.constantFrom(' ', ' ', ', ', '. ', '? ')), { minLength: 1, maxLength: 60 })
    .map((pairs) => pairs.map(([word, separator]) => word + separator).join('').trim()),
);
const budgets = fc
  .integer({ min: 20, max: 300 })
  .chain((maxTokens) => fc.tuple(fc.constant(maxTokens), fc.integer({ min: 0, max: maxTokens - 1 })));

describe('chunkTranscript properties', () => {
  it('covers every utterance and character, in order, within budget, deterministically', () => {
    fc.assert(
      fc.property(fc.array(turn, { minLength: 1, maxLength: 25 }), budgets, (turns, [maxTokens, overlapTokens]) => {
        const transcript = transcriptOf(turns);
        const chunks = chunkTranscript(transcript, { maxTokens, overlapTokens });
        expect(chunkTranscript(transcript, { maxTokens, overlapTokens })).toEqual(chunks);

        const coveredUtterances = new Set<number>();
        const coveredCharacters = new Set<number>();
        chunks.forEach((chunk, index) => {
          expect(chunk.index).toBe(index);
          expect(chunk.text).toBe(transcript.text.slice(chunk.start, chunk.end));
          expect(chunk.tokens).toBe(estimateTokens(renderChunk(transcript, chunk)));
          expect(chunk.tokens).toBeLessThanOrEqual(maxTokens);
          const previous = chunks[index - 1];
          if (previous !== undefined) {
            expect(chunk.start).toBeGreaterThan(previous.start);
            expect(chunk.end).toBeGreaterThan(previous.end);
          }
          for (let utterance = chunk.utteranceStart; utterance < chunk.utteranceEnd; utterance++) coveredUtterances.add(utterance);
          for (let offset = chunk.start; offset < chunk.end; offset++) coveredCharacters.add(offset);
        });
        expect(coveredUtterances.size).toBe(transcript.utterances.length);
        for (let offset = 0; offset < transcript.text.length; offset++) {
          if (!/\s/u.test(transcript.text.charAt(offset))) expect(coveredCharacters.has(offset)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('makes chunks without overlap disjoint, and overlaps within the overlap budget', () => {
    fc.assert(
      fc.property(fc.array(turn, { minLength: 1, maxLength: 25 }), budgets, (turns, [maxTokens, overlapTokens]) => {
        const transcript = transcriptOf(turns);
        const disjoint = chunkTranscript(transcript, { maxTokens, overlapTokens: 0 });
        for (let index = 1; index < disjoint.length; index++) {
          expect(disjoint[index]?.start).toBeGreaterThanOrEqual(disjoint[index - 1]?.end ?? 0);
        }
        const overlapping = chunkTranscript(transcript, { maxTokens, overlapTokens });
        for (let index = 1; index < overlapping.length; index++) {
          const previous = overlapping[index - 1] as TranscriptChunk;
          const chunk = overlapping[index] as TranscriptChunk;
          if (chunk.start >= previous.end) continue;
          const repeated = { ...chunk, end: previous.end, utteranceEnd: previous.utteranceEnd };
          expect(estimateTokens(renderChunk(transcript, repeated))).toBeLessThanOrEqual(overlapTokens);
        }
      }),
      { numRuns: 150 },
    );
  });
});
