import { describe, expect, it } from 'vitest';
import { DEFAULT_TRANSCRIPT_LIMITS, parseTranscript, TranscriptParseError, type TranscriptLimits, type TranscriptTextFormat } from './index.js';

function parseError(input: string, format: TranscriptTextFormat, limits?: Partial<TranscriptLimits>): TranscriptParseError {
  try {
    parseTranscript(input, format, limits);
  } catch (error) {
    if (error instanceof TranscriptParseError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptParseError');
}

// The same two-turn interview in every format, written with "\n".
const samples: Record<TranscriptTextFormat, string> = {
  txt: 'Ana: first line\nsecond line\nBen: reply',
  md: '# Interview\n**Ana:** first line\nsecond line\n**Ben:** reply',
  vtt: 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>first line\nsecond line\n\n00:00:02.000 --> 00:00:03.000\n<v Ben>reply',
  srt: '1\n00:00:01,000 --> 00:00:02,000\nAna: first line\nsecond line\n\n2\n00:00:02,000 --> 00:00:03,000\nBen: reply',
};
const formats: TranscriptTextFormat[] = ['txt', 'md', 'vtt', 'srt'];
const variants: { scenario: string; apply: (text: string) => string }[] = [
  { scenario: 'LF', apply: (text) => text },
  { scenario: 'CRLF', apply: (text) => text.replaceAll('\n', '\r\n') },
  { scenario: 'lone CR', apply: (text) => text.replaceAll('\n', '\r') },
  { scenario: 'BOM', apply: (text) => `\uFEFF${text}` },
  { scenario: 'BOM + CRLF', apply: (text) => `\uFEFF${text.replaceAll('\n', '\r\n')}` },
];
const inputCases = formats.flatMap((format) => variants.map((variant) => ({ format, ...variant })));

describe('parseTranscript input handling', () => {
  it.each(inputCases)('$format with $scenario', ({ format, apply }) => {
    const parsed = parseTranscript(apply(samples[format]), format);
    expect(parsed.text).toBe('first line second line\n\nreply');
    expect(parsed.speakers).toEqual(['Ana', 'Ben']);
    expect(parsed.utterances.map((u) => parsed.text.slice(u.start, u.end))).toEqual(['first line second line', 'reply']);
  });

  it('reports the line of a malformed cue counted across CRLF line endings', () => {
    const input = 'WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nok\r\n\r\nbad -> timing\r\nhi';
    expect(parseError(input, 'vtt')).toMatchObject({ code: 'TRANSCRIPT_MALFORMED', line: 6 });
  });

  const rejections: { scenario: string; input: string; format: TranscriptTextFormat; code: string; line?: number }[] = [
    ...formats.map((format) => ({ scenario: `empty ${format}`, input: '', format, code: 'TRANSCRIPT_EMPTY' })),
    ...formats.map((format) => ({ scenario: `whitespace-only ${format}`, input: ' \n\t\r\n  ', format, code: 'TRANSCRIPT_EMPTY' })),
    { scenario: 'BOM only', input: '\uFEFF', format: 'txt', code: 'TRANSCRIPT_EMPTY' },
    { scenario: 'NUL byte, with its line', input: 'Ana: hi\nBen: th\u0000ere', format: 'txt', code: 'TRANSCRIPT_BINARY', line: 2 },
    { scenario: 'NUL byte in a VTT', input: 'WEBVTT\u0000', format: 'vtt', code: 'TRANSCRIPT_BINARY', line: 1 },
    { scenario: 'many control characters', input: `Ana: ${'ab\u0001\u0002cd\u0007'.repeat(50)}`, format: 'txt', code: 'TRANSCRIPT_BINARY' },
  ];

  it.each(rejections)('rejects $scenario', ({ input, format, code, line }) => {
    const error = parseError(input, format);
    expect(error.code).toBe(code);
    if (line !== undefined) expect(error.line).toBe(line);
  });

  it('tolerates a few control characters (tabs, a stray form feed)', () => {
    const input = `Ana:\t${'word '.repeat(100)}\f`;
    expect(parseTranscript(input, 'txt').utterances).toHaveLength(1);
  });
});

describe('parseTranscript limits', () => {
  it('uses the documented defaults', () => {
    expect(DEFAULT_TRANSCRIPT_LIMITS).toEqual({ maxUtterances: 20_000, maxChars: 2_000_000 });
  });

  it('rejects content longer than maxChars', () => {
    expect(parseError('Ana: 0123456789', 'txt', { maxChars: 10 })).toMatchObject({ code: 'TRANSCRIPT_TOO_LONG', line: null });
  });

  it('does not count the BOM towards maxChars', () => {
    expect(parseTranscript('\uFEFFAna: hi', 'txt', { maxChars: 7 }).text).toBe('hi');
  });

  it('rejects more than maxUtterances, naming the first line over the limit', () => {
    const error = parseError('A: 1\nB: 2\nA: 3\nB: 4', 'txt', { maxUtterances: 3 });
    expect(error).toMatchObject({ code: 'TRANSCRIPT_TOO_MANY_UTTERANCES', line: 4 });
    expect(error.message).toBe('Line 4: the transcript has more than 3 utterances');
  });

  it('counts merged cues once against maxUtterances', () => {
    const cue = (n: number): string => `00:00:0${n}.000 --> 00:00:0${n + 1}.000\n<v Ana>part ${n}`;
    const input = `WEBVTT\n\n${[1, 2, 3, 4].map(cue).join('\n\n')}`;
    expect(parseTranscript(input, 'vtt', { maxUtterances: 1 }).utterances).toHaveLength(1);
  });

  it('accepts exactly the limits', () => {
    expect(parseTranscript('A: 1\nB: 2', 'txt', { maxUtterances: 2, maxChars: 10 }).utterances).toHaveLength(2);
  });
});

// Deterministic PRNG so a failing case can be reproduced from its seed.
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const NAMES = ['Ana', 'Ben Okafor', 'Dr. Lee', "Maeve O'Hara", 'Speaker 2', 'José-Luis', 'P_07'];
const WORDS = ['we', 'paid', '$40/mo', '<b>', "'; DROP", 'TABLE', 'x;--', 'naïve', '日本', 'it:', 'a:b', '&amp;', '"quoted"', '100%', '(sic)', '—'];

describe('parseTranscript property: every utterance slice is its source text', () => {
  it.each(Array.from({ length: 50 }, (_, i) => ({ seed: i + 1 })))('seed $seed', ({ seed }) => {
    const random = mulberry32(seed);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const count = (max: number): number => 1 + Math.floor(random() * max);
    const space = (): string => pick([' ', '  ', '\t', ' \t ']);
    const sentence = (): string => Array.from({ length: count(8) }, () => pick(WORDS)).join(space());
    const expected: { speaker: string; text: string; startMs: number | null }[] = [];
    const lines: string[] = [];
    for (let turn = 0, turns = count(20); turn < turns; turn++) {
      const speaker = pick(NAMES);
      const seconds = Math.floor(random() * 3600);
      const clock = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
      const [prefix, suffix, startMs] = pick([['', '', null], [`[${clock}] `, '', seconds * 1000], ['', ` (${clock})`, seconds * 1000]] as const);
      const turnLines = Array.from({ length: count(3) }, sentence);
      lines.push(`${prefix}${speaker}${suffix}:${space()}${turnLines.join(pick(['\n', '\n  ']))}`);
      expected.push({ speaker, text: turnLines.join(' ').replace(/\s+/g, ' ').trim(), startMs });
      // A blank line then unlabelled text is a new paragraph of the same speaker.
      if (random() < 0.3) {
        const paragraph = sentence();
        lines.push('', paragraph);
        expected.push({ speaker, text: paragraph.replace(/\s+/g, ' ').trim(), startMs: null });
      }
    }
    const parsed = parseTranscript(lines.join(pick(['\n', '\r\n', '\r'])), 'txt');
    const actual = parsed.utterances.map((u) => ({ speaker: u.speaker, text: parsed.text.slice(u.start, u.end), startMs: u.startMs }));
    expect(actual).toEqual(expected);
    expect(parsed.text).toBe(expected.map((e) => e.text).join('\n\n'));
  });
});
