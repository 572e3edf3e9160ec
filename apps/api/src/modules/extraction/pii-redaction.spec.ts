import { OpenRedaction } from '@openredaction/core';
import type { Utterance } from '@outcome-atlas/contracts';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExtractionError } from './outcome-extractor.js';
import { identityView, redactTranscript, type RedactionNames, type TranscriptView } from './pii-redaction.js';
import { buildRedactionMap } from './redaction-map.js';

/** Builds a transcript the way the parser does: turns joined by a blank line, offsets into the joined text. */
function transcript(turns: readonly (readonly [string | null, string])[]): { text: string; utterances: Utterance[] } {
  const utterances: Utterance[] = [];
  let text = '';
  for (const [speaker, line] of turns) {
    if (text !== '') text += '\n\n';
    utterances.push({ speaker, start: text.length, end: text.length + line.length, startMs: null, endMs: null });
    text += line;
  }
  return { text, utterances };
}

const NO_NAMES: RedactionNames = { names: [] };

async function redactLine(line: string, names: RedactionNames = NO_NAMES, speaker: string | null = 'Participant'): Promise<string> {
  return (await redactTranscript(transcript([[speaker, line]]), names)).text;
}

/** The placeholders a view can contain; test texts hold no square brackets of their own. */
const PLACEHOLDER = /\[(?:EMAIL|PHONE|URL|NAME|ACCOUNT|ID)\]/g;

/** Checks that every view character outside a placeholder maps to one equal character of the original. */
function expectFaithfulMapping(original: string, view: TranscriptView) {
  const inside = new Set<number>();
  for (const match of view.text.matchAll(PLACEHOLDER)) for (let at = match.index; at < match.index + match[0].length; at += 1) inside.add(at);
  for (let at = 0; at < view.text.length; at += 1) {
    if (inside.has(at)) continue;
    const back = view.toOriginal(at, at + 1);
    expect(back.end - back.start).toBe(1);
    expect(original[back.start]).toBe(view.text[at]);
  }
}

describe('redactTranscript: what is detected', () => {
  it.each([
    ['a plain address', 'Email me at priya.sharma@acme.co.uk any time.', 'Email me at [EMAIL] any time.'],
    ['an address with a tag at a test-looking domain', 'It is first.last+tag@sub.example.org now', 'It is [EMAIL] now'],
    ['an address in capitals', 'Write to PRIYA@ACME.COM today', 'Write to [EMAIL] today'],
    ['an address before a full stop', 'My mail is priya@acme.io.', 'My mail is [EMAIL].'],
  ])('emails: %s', async (_scenario, line, expected) => {
    expect(await redactLine(line)).toBe(expected);
  });

  it.each([
    ['a UK mobile', '07700 900123'],
    ['a UK mobile with the country code', '+44 7700 900123'],
    ['a London number with (0)', '+44 (0)20 7946 0958'],
    ['a UK number with the area code in brackets', '(020) 7946 0958'],
    ['a UK landline', '0161 496 0000'],
    ['a US number with +1 and brackets', '+1 (415) 555-0132'],
    ['a US number with dashes', '415-555-0132'],
    ['a US number with dots', '415.555.0132'],
    ['a French number', '+33 1 23 45 67 89'],
    ['a German number with 00', '0049 30 1234567'],
    ['an Indian mobile', '+91 98765 43210'],
  ])('phones: %s', async (_scenario, number) => {
    expect(await redactLine(`Call me on ${number} after lunch.`)).toBe('Call me on [PHONE] after lunch.');
  });

  it.each([
    ['an https URL with a query', 'See https://acme.com/pricing?plan=pro for it', 'See [URL] for it'],
    ['an http URL at the end of a sentence', 'It is on http://intranet.acme.local/wiki.', 'It is on [URL].'],
    ['a www host', 'Go to www.acme.co.uk, then log in', 'Go to [URL], then log in'],
    ['a www host with a path', 'Open www.acme.com/help now', 'Open [URL] now'],
    ['a bare host with a path', 'My profile is linkedin.com/in/priya-sharma so', 'My profile is [URL] so'],
    ['a URL in brackets', 'The form (see https://acme.com/form) is long', 'The form (see [URL]) is long'],
    ['a URL with brackets of its own', 'Read https://en.wikipedia.org/wiki/Ledger_(book) today', 'Read [URL] today'],
  ])('URLs: %s', async (_scenario, line, expected) => {
    expect(await redactLine(line)).toBe(expected);
  });

  it.each([
    ['a payment card', 'My card 4539 1488 0343 6467 was charged twice', 'My card [ACCOUNT] was charged twice'],
    ['an IBAN', 'Pay GB82 WEST 1234 5698 7654 32 please', 'Pay [ACCOUNT] please'],
    ['a social security number', 'My SSN is 536-22-1234 there', 'My SSN is [ID] there'],
    ['an IBAN without spaces', 'Use DE89370400440532013000.', 'Use [ACCOUNT].'],
  ])('identifiers: %s', async (_scenario, line, expected) => {
    expect(await redactLine(line)).toBe(expected);
  });

  const people: RedactionNames = { names: [], interviewer: 'Sam Okafor', participant: 'Priya Sharma' };
  it.each([
    ['the full name', 'Priya Sharma here, from finance.', '[NAME] here, from finance.'],
    ['a first name only', 'They call me Priya at work.', 'They call me [NAME] at work.'],
    ['a surname only', 'Ms Sharma signs the cheques.', 'Ms [NAME] signs the cheques.'],
    ['a possessive', "That was Priya's spreadsheet.", "That was [NAME]'s spreadsheet."],
    ['a curly possessive', 'That was Priya’s spreadsheet.', 'That was [NAME]’s spreadsheet.'],
    ['lower and upper case', 'priya and PRIYA and Priya', '[NAME] and [NAME] and [NAME]'],
    ['the interviewer from the metadata', 'Thanks Sam, good question.', 'Thanks [NAME], good question.'],
    ['the interviewer full name across a line break', 'Sam\nOkafor asked me', '[NAME] asked me'],
    ['a name inside a longer word is kept', 'Samuel and Priyanka and Samsung', 'Samuel and Priyanka and Samsung'],
  ])('names from metadata: %s', async (_scenario, line, expected) => {
    expect(await redactLine(line, people)).toBe(expected);
  });

  it('redacts names taken from speaker labels, and only in whole words', async () => {
    const view = await redactTranscript(
      transcript([
        ['Anna Kowalski', 'Hi, I am Anna. Walk me through your month.'],
        ['Dev', 'Well, Anna, Kowalski asked the same. Devices break.'],
      ]),
      NO_NAMES,
    );
    expect(view.text).toBe('Hi, I am [NAME]. Walk me through your month.\n\nWell, [NAME], [NAME] asked the same. Devices break.');
  });

  it.each([
    ['a particle of a name is not a name', ['Anne van Dijk'], 'The van was late, Anne said, and Dijk too.', 'The van was late, [NAME] said, and [NAME] too.'],
    ['a two-letter first name is caught whole', ['Al'], 'Al said it, then Alan.', '[NAME] said it, then Alan.'],
    ['a name with an apostrophe', ["Siobhán O'Brien"], 'O’Brien and SIOBHÁN agreed.', '[NAME] and [NAME] agreed.'],
    ['a hyphenated name', ['Mary-Jane Smith'], 'Mary and Jane and Mary-Jane', '[NAME] and [NAME] and [NAME]'],
  ])('names from a list: %s', async (_scenario, names, line, expected) => {
    expect(await redactLine(line, { names })).toBe(expected);
  });

  it('matches a name that is an everyday word only as a name', async () => {
    const line = 'Will said I will check, and WILL wrote it down.';
    expect(await redactLine(line, { names: ['Will Jones'] })).toBe('[NAME] said I will check, and [NAME] wrote it down.');
  });

  it.each([
    ['role words', 'The interviewer asked the participant and our customer, then the moderator.'],
    ['amounts', 'We spent $12,500 last year, about £1,200.50 a month, 40% more than 2019.'],
    ['dates and times', 'On 12/03/2024 at 10:30, or 2024-03-12 at 00:12:34, Q3 2024, (2019) 2020 2021.'],
    ['counts and durations', 'The team of 25 closes 1,200 invoices in 3 hours; 300 500 700 staff.'],
    ['order and version numbers', 'Invoice 4821, version 2.5.1, ISBN 978-3-16-148410-0, ticket #88231.'],
    ['abbreviations that look like hosts', 'Tools, e.g. Excel, i.e. the ledger, and/or Monday.com, etc.'],
  ])('leaves research content alone: %s', async (_scenario, line) => {
    expect(await redactLine(line, { names: [], interviewer: 'Interviewer', participant: 'P1' }, 'Interviewer')).toBe(line);
  });
});

describe('redactTranscript: speaker labels', () => {
  it.each([
    ['role labels are kept', ['Interviewer', 'Participant'], {}, ['Interviewer', 'Participant']],
    ['codes are kept', ['Q', 'A', 'P1'], {}, ['Q', 'A', 'P1']],
    ['names become numbered speakers in order of appearance', ['Priya', 'Sam', 'Priya', 'Alex'], {}, ['Speaker 1', 'Speaker 2', 'Speaker 1', 'Speaker 3']],
    ['a name matching the metadata takes its role', ['Sam Okafor', 'Priya'], { interviewer: 'Sam', participant: 'Priya Sharma' }, ['Interviewer', 'Participant']],
    ['numbers a kept label uses are skipped', ['Speaker 1', 'Priya'], {}, ['Speaker 1', 'Speaker 2']],
  ] as const)('%s', async (_scenario, speakers, roles, expected) => {
    const view = await redactTranscript(transcript(speakers.map((speaker) => [speaker, 'It takes two days every month.'])), { names: [], ...roles });
    expect(view.utterances.map((utterance) => utterance.speaker)).toEqual(expected);
  });

  it('keeps unlabelled turns unlabelled and moves utterance offsets into the view', async () => {
    const source = transcript([
      [null, 'Mail priya@acme.com about it.'],
      ['Priya', 'Call +44 20 7946 0958 or see https://acme.com/x please.'],
    ]);
    const view = await redactTranscript(source, NO_NAMES);
    expect(view.utterances.map((utterance) => [utterance.speaker, view.text.slice(utterance.start, utterance.end)])).toEqual([
      [null, 'Mail [EMAIL] about it.'],
      ['Speaker 1', 'Call [PHONE] or see [URL] please.'],
    ]);
  });
});

describe('redactTranscript: mapping back to the original', () => {
  const source = transcript([
    ['Sam', 'Thanks Priya. How do you reach suppliers?'],
    ['Priya Sharma', 'You can reach me at priya@acme.com any time, or on 07700 900123. Our portal is www.acme.com/suppliers and it is slow.'],
  ]);

  it.each([
    ['a quote around a placeholder expands to the whole value', 'reach me at [EMAIL] any time', 'reach me at priya@acme.com any time'],
    ['a quote ending inside a placeholder takes the whole value', 'or on [PH', 'or on 07700 900123'],
    ['a quote starting inside a placeholder takes the whole value', 'ONE]. Our portal', '07700 900123. Our portal'],
    ['a quote without placeholders is shifted only', 'and it is slow', 'and it is slow'],
    ['a quote between two placeholders', ' any time, or on ', ' any time, or on '],
  ])('%s', async (_scenario, quote, expected) => {
    const view = await redactTranscript(source, NO_NAMES);
    const start = view.text.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    const back = view.toOriginal(start, start + quote.length);
    expect(source.text.slice(back.start, back.end)).toBe(expected);
  });

  it('maps random ranges of unredacted text to equal original text', async () => {
    const view = await redactTranscript(source, NO_NAMES);
    const clean = [...view.text.matchAll(/[^[\]]+/g)].map((match) => {
      const before = view.text.slice(0, match.index).lastIndexOf('[');
      const closedBefore = view.text.slice(0, match.index).lastIndexOf(']');
      return before > closedBefore ? null : { start: match.index, end: match.index + match[0].length };
    });
    const runs = clean.filter((run): run is { start: number; end: number } => run !== null && run.end > run.start);
    fc.assert(
      fc.property(
        fc.constantFrom(...runs).chain((run) => fc.tuple(fc.constant(run), fc.integer({ min: run.start, max: run.end }), fc.integer({ min: run.start, max: run.end }))),
        ([, a, b]) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const back = view.toOriginal(start, end);
          expect(source.text.slice(back.start, back.end)).toBe(view.text.slice(start, end));
        },
      ),
      { seed: 20240601, numRuns: 300 },
    );
  });

  it('is the identity without redaction', () => {
    const view = identityView(source);
    expect(view.text).toBe(source.text);
    expect(view.utterances).toBe(source.utterances);
    expect(view.toOriginal(5, 40)).toEqual({ start: 5, end: 40 });
    expect(view.redacted).toBe(false);
  });

  it('is deterministic', async () => {
    const first = await redactTranscript(source, { names: ['Sam'] });
    const second = await redactTranscript(source, { names: ['Sam'] });
    expect(second.text).toBe(first.text);
    expect(second.utterances).toEqual(first.utterances);
  });

  // Original "aa XXXX bb YY cc" → view "aa [NAME] bb [PHONE] cc".
  const map = buildRedactionMap('aa XXXX bb YY cc', [
    { kind: 'name', start: 3, end: 7 },
    { kind: 'phone', start: 11, end: 13 },
  ]);
  it.each([
    ['text before every placeholder is unchanged', [0, 3], [0, 3]],
    ['a whole placeholder is the whole value', [3, 9], [3, 7]],
    ['a range inside a placeholder is the whole value', [4, 5], [3, 7]],
    ['a range ending inside a placeholder expands to its end', [2, 4], [2, 7]],
    ['text between placeholders shifts', [9, 13], [7, 11]],
    ['a range from one placeholder into the next covers both', [8, 14], [3, 13]],
    ['text after the last placeholder shifts by both', [20, 23], [13, 16]],
    ['an empty range at a placeholder start stays empty', [3, 3], [3, 3]],
    ['an empty range at a placeholder end stays empty', [9, 9], [7, 7]],
  ] as const)('toOriginal: %s', (_scenario, [start, end], expected) => {
    expect(map.text).toBe('aa [NAME] bb [PHONE] cc');
    expect(map.toOriginal({ start, end })).toEqual({ start: expected[0], end: expected[1] });
  });

  it('never splits a surrogate pair, and widens a span that would', () => {
    const text = 'a 😀😀 b';
    const map = buildRedactionMap(text, [{ kind: 'name', start: 3, end: 5 }]);
    expect(map.text).toBe('a [NAME] b');
    expect(map.toOriginal({ start: 2, end: 8 })).toEqual({ start: 2, end: 6 });
    expect(map.toOriginal({ start: 8, end: 10 })).toEqual({ start: 6, end: 8 });
  });

  it('merges overlapping detections into one placeholder of the strongest kind', () => {
    const text = 'mail priya.sharma@acme.com now';
    const map = buildRedactionMap(text, [
      { kind: 'name', start: 5, end: 10 },
      { kind: 'email', start: 5, end: 26 },
      { kind: 'url', start: 18, end: 26 },
    ]);
    expect(map.text).toBe('mail [EMAIL] now');
  });

  it('keeps every unredacted character and hides every injected value (property)', async () => {
    const word = fc.constantFrom('the', 'ledger', 'takes', 'two', 'days', 'invoice', 'and', '12', '£40', 'é', '😀', 'month', 'Sharma-like');
    const email = fc.tuple(fc.stringMatching(/^[a-z]{1,8}(\.[a-z]{1,6})?$/), fc.constantFrom('acme.com', 'example.org', 'mail.co.uk')).map(([local, host]) => `${local}@${host}`);
    const name = fc.constantFrom('Priya', 'PRIYA', 'priya', 'Sharma', 'Priya Sharma', 'Sam', 'Okafor');
    const piece = fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: email }, { weight: 1, arbitrary: name });
    const line = fc.array(piece, { minLength: 1, maxLength: 25 }).chain((pieces) =>
      fc.array(fc.constantFrom(' ', ', ', '. ', "'s "), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((part, at) => part + (at < pieces.length - 1 ? gaps[at] : '')).join('')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 4 }), async (lines) => {
        const source = transcript(lines.map((text, at) => [at % 2 === 0 ? 'Priya Sharma' : 'Sam Okafor', text]));
        const view = await redactTranscript(source, { names: [], interviewer: 'Sam Okafor', participant: 'Priya Sharma' });
        expectFaithfulMapping(source.text, view);
        expect(view.text).not.toMatch(/@|priya|sharma|\bsam\b|okafor/i);
        for (const utterance of view.utterances) expect(view.text.slice(utterance.start, utterance.end)).not.toContain('\n\n');
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});

describe('redactTranscript: failures', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('fails with REDACTION_FAILED when the detector throws, rather than returning the text', async () => {
    vi.spyOn(OpenRedaction.prototype, 'detect').mockRejectedValueOnce(new Error('pattern engine crashed'));
    const attempt = redactTranscript(transcript([['Priya', 'Mail priya@acme.com']]), NO_NAMES);
    await expect(attempt).rejects.toBeInstanceOf(ExtractionError);
    await expect(attempt).rejects.toMatchObject({ code: 'REDACTION_FAILED', retryable: false, message: expect.stringContaining('pattern engine crashed') });
  });
});
