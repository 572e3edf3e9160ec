import { describe, expect, it } from 'vitest';
import { parseTranscript, TranscriptParseError, type ParsedTranscript } from './index.js';

type Row = { speaker: string | null; text: string; startMs: number | null; endMs: number | null };

// Offsets are verified by slicing: the slices, joined by the separator, must rebuild `text`.
function rows(parsed: ParsedTranscript): Row[] {
  const slices = parsed.utterances.map((u) => parsed.text.slice(u.start, u.end));
  expect(slices.join('\n\n')).toBe(parsed.text);
  return parsed.utterances.map((u, i) => ({ speaker: u.speaker, text: slices[i] ?? '', startMs: u.startMs, endMs: u.endMs }));
}

const vtt = (...lines: string[]): string => ['WEBVTT', '', ...lines].join('\n');

function parseError(input: string): TranscriptParseError {
  try {
    parseTranscript(input, 'vtt');
  } catch (error) {
    if (error instanceof TranscriptParseError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptParseError');
}

const happyCases: { scenario: string; input: string; expected: Row[] }[] = [
  {
    scenario: 'voice tags with identifiers and cue settings',
    input: vtt(
      '1', '00:00:01.000 --> 00:00:04.000 align:start position:10%', '<v Interviewer>What did you hire it for?</v>', '',
      '2', '00:00:04.500 --> 00:00:06.000', '<v Ana>To stop chasing invoices.</v>',
    ),
    expected: [
      { speaker: 'Interviewer', text: 'What did you hire it for?', startMs: 1000, endMs: 4000 },
      { speaker: 'Ana', text: 'To stop chasing invoices.', startMs: 4500, endMs: 6000 },
    ],
  },
  {
    scenario: 'hours are optional',
    input: vtt('01:02.000 --> 01:03.250', '<v Ana>short'),
    expected: [{ speaker: 'Ana', text: 'short', startMs: 62_000, endMs: 63_250 }],
  },
  {
    scenario: 'voice tag with classes and no closing tag, multi-line payload',
    input: vtt('00:00:01.000 --> 00:00:02.000', '<v.loud.first Ana Lopez>Line one', 'line two'),
    expected: [{ speaker: 'Ana Lopez', text: 'Line one line two', startMs: 1000, endMs: 2000 }],
  },
  {
    scenario: 'nested tags, inline timestamps and entities',
    input: vtt(
      '00:00:01.000 --> 00:00:02.000',
      '<v Ana><c.yellow><i>Fish</i> &amp; <b>chips</b></c> <00:00:01.500><u>cost</u> &lt;5&gt;&nbsp;quid &#39;ok&#39;</v>',
    ),
    expected: [{ speaker: 'Ana', text: "Fish & chips cost <5> quid 'ok'", startMs: 1000, endMs: 2000 }],
  },
  {
    scenario: 'direction marks and language spans',
    input: vtt('00:00:01.000 --> 00:00:02.000', '<v Ana><lang ar>&rlm;مرحبا&lrm;</lang>'),
    expected: [{ speaker: 'Ana', text: '\u200Fمرحبا\u200E', startMs: 1000, endMs: 2000 }],
  },
  {
    scenario: 'consecutive cues of one speaker merge; a change of speaker splits',
    input: vtt(
      '00:00:01.000 --> 00:00:02.000', '<v Ana>I was', '',
      '00:00:02.000 --> 00:00:03.000', '<v Ana>late again', '',
      '00:00:03.000 --> 00:00:04.000', '<v Ben>Why?', '',
      '00:00:04.000 --> 00:00:05.000', '<v Ana>Traffic.',
    ),
    expected: [
      { speaker: 'Ana', text: 'I was late again', startMs: 1000, endMs: 3000 },
      { speaker: 'Ben', text: 'Why?', startMs: 3000, endMs: 4000 },
      { speaker: 'Ana', text: 'Traffic.', startMs: 4000, endMs: 5000 },
    ],
  },
  {
    scenario: 'an empty cue between two cues of one speaker does not split the turn',
    input: vtt(
      '00:00:01.000 --> 00:00:02.000', '<v Ana>one', '',
      '00:00:02.000 --> 00:00:03.000', '<c></c>', '',
      '00:00:03.000 --> 00:00:04.000', '<v Ana>two',
    ),
    expected: [{ speaker: 'Ana', text: 'one two', startMs: 1000, endMs: 4000 }],
  },
  {
    scenario: 'Zoom-style "Name: text" prefix when there is no voice tag',
    input: vtt(
      '1', '00:00:01.000 --> 00:00:02.000', 'Ana Lopez: Hi', '',
      '2', '00:00:02.000 --> 00:00:03.000', 'Ana Lopez: there',
    ),
    expected: [{ speaker: 'Ana Lopez', text: 'Hi there', startMs: 1000, endMs: 3000 }],
  },
  {
    scenario: 'lowercase display names are accepted in cue prefixes',
    input: vtt('00:00:01.000 --> 00:00:02.000', 'jdoe: hi'),
    expected: [{ speaker: 'jdoe', text: 'hi', startMs: 1000, endMs: 2000 }],
  },
  {
    scenario: 'two voices in one cue become two utterances',
    input: vtt('00:00:01.000 --> 00:00:02.000', '<v Ana>Ready?</v>', '<v Ben>Yes.</v>'),
    expected: [
      { speaker: 'Ana', text: 'Ready?', startMs: 1000, endMs: 2000 },
      { speaker: 'Ben', text: 'Yes.', startMs: 1000, endMs: 2000 },
    ],
  },
  {
    scenario: 'cues without speakers are not merged',
    input: vtt('00:00:01.000 --> 00:00:02.000', 'one', '', '00:00:02.000 --> 00:00:03.000', 'two'),
    expected: [
      { speaker: null, text: 'one', startMs: 1000, endMs: 2000 },
      { speaker: null, text: 'two', startMs: 2000, endMs: 3000 },
    ],
  },
  {
    scenario: 'header lines, NOTE, STYLE and REGION blocks are skipped',
    input: [
      'WEBVTT - interview 4', 'Kind: captions', 'Language: en', '',
      'NOTE recorded by Zoom', 'spans two lines', '',
      'STYLE', '::cue { color: red }', '',
      'REGION', 'id:left', '',
      'NOTE', '',
      '00:00:01.000 --> 00:00:02.000', '<v Ana>Only cue',
    ].join('\n'),
    expected: [{ speaker: 'Ana', text: 'Only cue', startMs: 1000, endMs: 2000 }],
  },
  {
    scenario: 'unknown tags like <script> are stripped but their text kept; SQL kept verbatim',
    input: vtt('00:00:01.000 --> 00:00:02.000', "<v Ana><script>alert(1)</script> '; DROP TABLE x; -- 1 < 2"),
    expected: [{ speaker: 'Ana', text: "alert(1) '; DROP TABLE x; -- 1 < 2", startMs: 1000, endMs: 2000 }],
  },
  {
    scenario: 'a cue directly after the WEBVTT line',
    input: 'WEBVTT\n00:00:01.000 --> 00:00:02.000\nhello',
    expected: [{ speaker: null, text: 'hello', startMs: 1000, endMs: 2000 }],
  },
  {
    scenario: 'extra blank lines between cues',
    input: vtt('', '', '00:00:01.000 --> 00:00:02.000', '<v Ana>a', '', '', '', '00:00:02.000 --> 00:00:03.000', '<v Ben>b', '', ''),
    expected: [
      { speaker: 'Ana', text: 'a', startMs: 1000, endMs: 2000 },
      { speaker: 'Ben', text: 'b', startMs: 2000, endMs: 3000 },
    ],
  },
];

const errorCases: { scenario: string; input: string; code: string; line: number | null }[] = [
  { scenario: 'missing WEBVTT signature', input: '00:00:01.000 --> 00:00:02.000\nhi', code: 'TRANSCRIPT_MALFORMED', line: 1 },
  { scenario: 'signature glued to other text', input: 'WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nhi', code: 'TRANSCRIPT_MALFORMED', line: 1 },
  { scenario: 'single-dash arrow and short stamps', input: vtt('00:00:01.000 --> 00:00:02.000', 'ok', '', '00:01 -> 00:02', 'hi'), code: 'TRANSCRIPT_MALFORMED', line: 6 },
  { scenario: 'bad timing after an identifier', input: vtt('intro', '00:01 -> 00:02', 'hi'), code: 'TRANSCRIPT_MALFORMED', line: 4 },
  { scenario: 'garbage around the arrow', input: vtt('1', 'soon --> later', 'hi'), code: 'TRANSCRIPT_MALFORMED', line: 4 },
  { scenario: 'a block with no timing line after its identifier', input: vtt('cue-1', 'just text'), code: 'TRANSCRIPT_MALFORMED', line: 4 },
  { scenario: 'end before start', input: vtt('00:00:05.000 --> 00:00:04.000', 'hi'), code: 'TRANSCRIPT_MALFORMED', line: 3 },
  { scenario: 'minutes out of range', input: vtt('00:61:00.000 --> 00:62:00.000', 'hi'), code: 'TRANSCRIPT_MALFORMED', line: 3 },
  { scenario: 'header only, no cues', input: 'WEBVTT\n\nNOTE nothing here\n', code: 'TRANSCRIPT_EMPTY', line: null },
  { scenario: 'cues with empty payloads only', input: vtt('00:00:01.000 --> 00:00:02.000', '<v Ana></v>'), code: 'TRANSCRIPT_EMPTY', line: null },
];

describe('parseTranscript vtt', () => {
  it.each(happyCases)('$scenario', ({ input, expected }) => {
    expect(rows(parseTranscript(input, 'vtt'))).toEqual(expected);
  });

  it.each(errorCases)('rejects $scenario', ({ input, code, line }) => {
    expect(parseError(input)).toMatchObject({ code, line });
  });

  it('names the line and the expected shape in the message', () => {
    expect(parseError(vtt('00:00:01.000 --> 00:00:02.000', 'ok', '', '00:01 -> 00:02', 'hi')).message).toBe(
      'Line 6: expected a timestamp like 00:01:02.500 --> 00:01:05.000',
    );
  });
});
