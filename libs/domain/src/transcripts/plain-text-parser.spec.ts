import { describe, expect, it } from 'vitest';
import { parseTranscript, type ParsedTranscript, type TranscriptTextFormat } from './index.js';

type Row = { speaker: string | null; text: string; startMs: number | null };

// Offsets are verified by slicing: the slices, joined by the separator, must rebuild `text`.
function rows(parsed: ParsedTranscript): Row[] {
  const slices = parsed.utterances.map((u) => parsed.text.slice(u.start, u.end));
  expect(slices.join('\n\n')).toBe(parsed.text);
  return parsed.utterances.map((u, i) => ({ speaker: u.speaker, text: slices[i] ?? '', startMs: u.startMs }));
}

const row = (speaker: string | null, text: string, startMs: number | null = null): Row => ({ speaker, text, startMs });

type Case = { scenario: string; format: TranscriptTextFormat; input: string; expected: Row[] };

const cases: Case[] = [
  {
    scenario: 'txt speaker turns',
    format: 'txt',
    input: 'Interviewer: What were you trying to get done?\nAna: Close the books before Friday.\n',
    expected: [row('Interviewer', 'What were you trying to get done?'), row('Ana', 'Close the books before Friday.')],
  },
  {
    scenario: 'continuation lines join the turn with one space',
    format: 'txt',
    input: 'Ana: First line\n   second   line\n\tthird',
    expected: [row('Ana', 'First line second line third')],
  },
  {
    scenario: 'blank line starts a paragraph of the same speaker',
    format: 'txt',
    input: 'Ana: One.\n\nTwo.\nStill two.\n\nBen: Three.',
    expected: [row('Ana', 'One.'), row('Ana', 'Two. Still two.'), row('Ben', 'Three.')],
  },
  {
    scenario: 'no labels at all: paragraphs with null speaker',
    format: 'txt',
    input: 'We met at the office.\nIt was raining.\n\nThen we talked about invoices.',
    expected: [row(null, 'We met at the office. It was raining.'), row(null, 'Then we talked about invoices.')],
  },
  {
    scenario: 'text before the first label has null speaker',
    format: 'txt',
    input: 'Recorded on Monday.\nAna: Hello.',
    expected: [row(null, 'Recorded on Monday.'), row('Ana', 'Hello.')],
  },
  {
    scenario: 'label with nothing after it takes the next lines',
    format: 'txt',
    input: 'Ana:\nI switched tools\nlast year.',
    expected: [row('Ana', 'I switched tools last year.')],
  },
  {
    scenario: 'mid-sentence colon and URLs are not labels',
    format: 'txt',
    input: 'Ana: We said Note: 3pm works.\nhttps://example.com/x was the link\nThe real problem for me personally back then was this: time.',
    expected: [row('Ana', 'We said Note: 3pm works. https://example.com/x was the link The real problem for me personally back then was this: time.')],
  },
  {
    scenario: 'a wrapped line that happens to start "so it:" is not a label',
    format: 'txt',
    input: 'Ana: The reason was simple,\nso it: we left.\nI said: no.',
    expected: [row('Ana', 'The reason was simple, so it: we left. I said: no.')],
  },
  {
    scenario: 'capitalised multi-word names with particles and non-Latin names',
    format: 'txt',
    input: 'Mary de la Cruz: a\nHead of Product: b\n田中: c\nINTERVIEWER: d',
    expected: [row('Mary de la Cruz', 'a'), row('Head of Product', 'b'), row('田中', 'c'), row('INTERVIEWER', 'd')],
  },
  {
    scenario: 'names with digits, dots, hyphens, apostrophes and accents',
    format: 'txt',
    input: "Speaker 1: a\nDr. Mary-Jane O'Neil: b\nJosé_2: c",
    expected: [row('Speaker 1', 'a'), row("Dr. Mary-Jane O'Neil", 'b'), row('José_2', 'c')],
  },
  {
    scenario: 'timestamps before and after the name',
    format: 'txt',
    input: [
      '[00:12:03] Ana: a',
      '[12:03] Ben: b',
      '(00:00:05) Ana: c',
      '01:02:03 Ben: d',
      'Ana [00:00:07]: e',
      'Ben (00:00:08): f',
      'Ana 00:00:09.5: g',
    ].join('\n'),
    expected: [
      row('Ana', 'a', 723_000),
      row('Ben', 'b', 723_000),
      row('Ana', 'c', 5_000),
      row('Ben', 'd', 3_723_000),
      row('Ana', 'e', 7_000),
      row('Ben', 'f', 8_000),
      row('Ana', 'g', 9_500),
    ],
  },
  {
    scenario: 'bracketed timestamp alone starts a new utterance of the running speaker',
    format: 'txt',
    input: 'Ana: a\n[00:00:10] b',
    expected: [row('Ana', 'a'), row('Ana', 'b', 10_000)],
  },
  {
    scenario: 'HTML and SQL metacharacters are kept verbatim',
    format: 'txt',
    input: "Ana: <script>alert(1)</script> '; DROP TABLE interviews; -- &amp; \"q\"",
    expected: [row('Ana', "<script>alert(1)</script> '; DROP TABLE interviews; -- &amp; \"q\"")],
  },
  {
    scenario: 'markdown bold labels in both styles',
    format: 'md',
    input: '**Ana:** Hello there.\n**Ben**: Hi.\n__Cy__: Yo.\n*Di:* Hey.',
    expected: [row('Ana', 'Hello there.'), row('Ben', 'Hi.'), row('Cy', 'Yo.'), row('Di', 'Hey.')],
  },
  {
    scenario: 'markdown headings and rules are skipped and end the paragraph',
    format: 'md',
    input: '# Interview 3\n\nAna: One.\n## Part two\nMore from Ana.\n\n---\nAna: Two.',
    expected: [row('Ana', 'One.'), row('Ana', 'More from Ana.'), row('Ana', 'Two.')],
  },
  {
    scenario: 'markdown quote markers are stripped',
    format: 'md',
    input: '> **Ana:** quoted\n> > still quoted',
    expected: [row('Ana', 'quoted still quoted')],
  },
  {
    scenario: 'markdown keeps emphasis and metacharacters inside speech',
    format: 'md',
    input: "**Ana:** it was *really* <b>slow</b> '; DROP TABLE x;",
    expected: [row('Ana', "it was *really* <b>slow</b> '; DROP TABLE x;")],
  },
  {
    scenario: 'a hash in a txt file is ordinary text',
    format: 'txt',
    input: '# not a heading\nAna: hi',
    expected: [row(null, '# not a heading'), row('Ana', 'hi')],
  },
];

describe('parseTranscript txt/md', () => {
  it.each(cases)('$scenario', ({ format, input, expected }) => {
    expect(rows(parseTranscript(input, format))).toEqual(expected);
  });

  it('lists distinct speakers in first-appearance order', () => {
    const parsed = parseTranscript('Ben: a\nAna: b\nBen: c\nnobody here', 'txt');
    expect(parsed.speakers).toEqual(['Ben', 'Ana']);
  });

  it('leaves endMs null for plain transcripts', () => {
    const [first] = parseTranscript('[00:00:01] Ana: a', 'txt').utterances;
    expect(first).toMatchObject({ startMs: 1000, endMs: null });
  });

  it('rejects a markdown file with only headings as empty', () => {
    expect(() => parseTranscript('# Title\n## Sub', 'md')).toThrow(expect.objectContaining({ code: 'TRANSCRIPT_EMPTY' }));
  });
});
