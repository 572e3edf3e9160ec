import { describe, expect, it } from 'vitest';
import { parseTranscript, TranscriptParseError, type ParsedTranscript } from './index.js';

type Row = { speaker: string | null; text: string; startMs: number | null; endMs: number | null };

// Offsets are verified by slicing: the slices, joined by the separator, must rebuild `text`.
function rows(parsed: ParsedTranscript): Row[] {
  const slices = parsed.utterances.map((u) => parsed.text.slice(u.start, u.end));
  expect(slices.join('\n\n')).toBe(parsed.text);
  return parsed.utterances.map((u, i) => ({ speaker: u.speaker, text: slices[i] ?? '', startMs: u.startMs, endMs: u.endMs }));
}

const srt = (...lines: string[]): string => lines.join('\n');
const T1 = '00:00:01,000 --> 00:00:02,000';
const T2 = '00:00:02,000 --> 00:00:03,500';

function parseError(input: string): TranscriptParseError {
  try {
    parseTranscript(input, 'srt');
  } catch (error) {
    if (error instanceof TranscriptParseError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptParseError');
}

const happyCases: { scenario: string; input: string; expected: Row[] }[] = [
  {
    scenario: 'indexed cues with "Name:" speakers',
    input: srt('1', T1, 'Interviewer: When did you start looking?', '', '2', T2, 'Ana: After the audit.'),
    expected: [
      { speaker: 'Interviewer', text: 'When did you start looking?', startMs: 1000, endMs: 2000 },
      { speaker: 'Ana', text: 'After the audit.', startMs: 2000, endMs: 3500 },
    ],
  },
  {
    scenario: 'missing index lines and extra blank lines',
    input: srt('', T1, 'Ana: one', '', '', '', T2, 'Ben: two', '', ''),
    expected: [
      { speaker: 'Ana', text: 'one', startMs: 1000, endMs: 2000 },
      { speaker: 'Ben', text: 'two', startMs: 2000, endMs: 3500 },
    ],
  },
  {
    scenario: 'consecutive same-speaker cues merge, multi-line payloads join',
    input: srt('1', T1, 'Ana: I kept', 'a spreadsheet', '', '2', T2, 'Ana: for years.'),
    expected: [{ speaker: 'Ana', text: 'I kept a spreadsheet for years.', startMs: 1000, endMs: 3500 }],
  },
  {
    scenario: '[Name] and dialogue-dash speakers in one cue',
    input: srt('1', T1, '[Ana] Ready?', '- Ben: Yes.', '-Cy: Me too.'),
    expected: [
      { speaker: 'Ana', text: 'Ready?', startMs: 1000, endMs: 2000 },
      { speaker: 'Ben', text: 'Yes.', startMs: 1000, endMs: 2000 },
      { speaker: 'Cy', text: 'Me too.', startMs: 1000, endMs: 2000 },
    ],
  },
  {
    scenario: 'unnamed dialogue dashes split turns; "-5" does not',
    input: srt('1', T1, '- Cold?', '- Yes,', '-5 degrees.'),
    expected: [
      { speaker: null, text: 'Cold?', startMs: 1000, endMs: 2000 },
      { speaker: null, text: 'Yes, -5 degrees.', startMs: 1000, endMs: 2000 },
    ],
  },
  {
    scenario: 'formatting tags and ASS overrides are stripped, other markup kept',
    input: srt('1', T1, '{\\an8}<i>Ana:</i> <font color="#fff">it <b>was</b></font> <script>x</script> &amp;'),
    expected: [{ speaker: 'Ana', text: 'it was <script>x</script> &amp;', startMs: 1000, endMs: 2000 }],
  },
  {
    scenario: 'sound descriptions in brackets are text, not speakers',
    input: srt('1', T1, '[Music]'),
    expected: [{ speaker: null, text: '[Music]', startMs: 1000, endMs: 2000 }],
  },
  {
    scenario: 'SQL metacharacters are kept verbatim',
    input: srt('1', T1, "Ana: '; DROP TABLE interviews; --"),
    expected: [{ speaker: 'Ana', text: "'; DROP TABLE interviews; --", startMs: 1000, endMs: 2000 }],
  },
  {
    scenario: 'dot as fraction separator and position coordinates',
    input: srt('1', '01:00:00.5 --> 01:00:01.25 X1:10 X2:20 Y1:0 Y2:5', 'late'),
    expected: [{ speaker: null, text: 'late', startMs: 3_600_500, endMs: 3_601_250 }],
  },
];

const errorCases: { scenario: string; input: string; code: string; line: number }[] = [
  { scenario: 'single-dash arrow', input: srt('1', T1, 'ok', '', '2', '00:00:03,000 -> 00:00:04,000', 'hi'), code: 'TRANSCRIPT_MALFORMED', line: 6 },
  { scenario: 'garbage timing line', input: srt('1', 'then --> now', 'hi'), code: 'TRANSCRIPT_MALFORMED', line: 2 },
  { scenario: 'block without any timing', input: srt('1', T1, 'ok', '', 'stray text'), code: 'TRANSCRIPT_MALFORMED', line: 5 },
  { scenario: 'end before start', input: srt('1', T1, 'ok', '', '2', '00:00:09,000 --> 00:00:08,000', 'hi'), code: 'TRANSCRIPT_MALFORMED', line: 6 },
];

describe('parseTranscript srt', () => {
  it.each(happyCases)('$scenario', ({ input, expected }) => {
    expect(rows(parseTranscript(input, 'srt'))).toEqual(expected);
  });

  it.each(errorCases)('rejects $scenario', ({ input, code, line }) => {
    expect(parseError(input)).toMatchObject({ code, line });
  });

  it('names the line and the SRT timestamp shape in the message', () => {
    expect(parseError(srt('1', '00:01 -> 00:02', 'hi')).message).toBe('Line 2: expected a timestamp like 00:01:02,500 --> 00:01:05,000');
  });
});
