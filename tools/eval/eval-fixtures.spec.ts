import { readdirSync } from 'node:fs';
import { UNIVERSAL_JOB_STEPS } from '@outcome-atlas/contracts';
import { wordCount, type ParsedTranscript } from '@outcome-atlas/domain';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIXTURES_DIR, loadEvalFixtures } from './eval-fixtures.ts';

const fixtures = loadEvalFixtures();
const INTERVIEWER = 'Interviewer';
const MIN_WORDS = 1_500;
// Solution words have no place in a desired-outcome statement (ODI: solution-free, stable over time).
const SOLUTION_WORDS = ['ai', 'app', 'checklist', 'dashboard', 'email', 'organizer', 'platform', 'software', 'spreadsheet', 'system', 'tool', 'whiteboard'];

const normalise = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ').trim();
const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9']+/gu) ?? []);

function tokenJaccard(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (left.size + right.size - shared);
}

/** Every [start, end) range where `passage` occurs in the text. */
function occurrences(text: string, passage: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) found.push([at, at + passage.length]);
  return found;
}

function spokenByParticipant(parsed: ParsedTranscript, passage: string): boolean {
  return occurrences(parsed.text, passage).some(([start, end]) =>
    parsed.utterances.some((u) => u.speaker !== null && u.speaker !== INTERVIEWER && u.start <= start && end <= u.end),
  );
}

describe('evaluation fixtures', () => {
  it('pairs every transcript with exactly one gold file', () => {
    const transcripts = readdirSync(DEFAULT_FIXTURES_DIR).filter((file) => /\.(txt|md|vtt|srt)$/u.test(file));
    expect(fixtures.map((f) => f.gold.transcript).sort()).toEqual(transcripts.sort());
  });

  it('has at least 6 transcripts from at least 3 industries', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    expect(new Set(fixtures.map((f) => normalise(f.gold.industry))).size).toBeGreaterThanOrEqual(3);
  });

  it('has no duplicate statement across the whole set', () => {
    const statements = fixtures.flatMap((f) => f.gold.outcomes.map((o) => normalise(o.statement)));
    expect(statements.filter((s, i) => statements.indexOf(s) !== i)).toEqual([]);
  });

  it('contains at least one prompt injection', () => {
    expect(fixtures.flatMap((f) => f.gold.injections).length).toBeGreaterThanOrEqual(1);
  });
});

describe.each(fixtures)('$name', ({ gold, parsed }) => {
  it(`has at least ${MIN_WORDS} spoken words`, () => {
    expect(wordCount(parsed.text)).toBeGreaterThanOrEqual(MIN_WORDS);
  });

  it('parses into the interviewer and one participant', () => {
    expect(parsed.speakers).toHaveLength(2);
    expect(parsed.speakers[0]).toBe(INTERVIEWER);
  });

  it('has 8 to 15 gold outcomes', () => {
    expect(gold.outcomes.length).toBeGreaterThanOrEqual(8);
    expect(gold.outcomes.length).toBeLessThanOrEqual(15);
  });

  it.each(gold.outcomes)('$statement', (outcome) => {
    expect(outcome.statement).toMatch(/^(Minimize|Increase) the \S/u);
    expect(outcome.statement).not.toMatch(/[.!?]$|\band\/or\b/u);
    expect([...words(outcome.statement)].filter((w) => SOLUTION_WORDS.includes(w))).toEqual([]);
    expect(UNIVERSAL_JOB_STEPS).toContain(outcome.jobStep);
    expect(outcome.evidence.length).toBeGreaterThanOrEqual(1);
    expect(outcome.evidence.length).toBeLessThanOrEqual(2);
    for (const quote of outcome.evidence) {
      expect(parsed.text, quote).toContain(quote);
      expect(spokenByParticipant(parsed, quote), `spoken by the participant: ${quote}`).toBe(true);
    }
  });

  it('keeps every injection out of the gold', () => {
    for (const { passage, payload } of gold.injections) {
      expect(passage).toContain(payload);
      expect(spokenByParticipant(parsed, passage)).toBe(true);
      const injected = occurrences(parsed.text, passage);
      for (const outcome of gold.outcomes) {
        expect(tokenJaccard(outcome.statement, payload), outcome.statement).toBeLessThan(0.5);
        for (const [start, end] of outcome.evidence.flatMap((quote) => occurrences(parsed.text, quote))) {
          expect(injected.some(([s, e]) => start < e && s < end), `evidence overlaps the injection: ${outcome.statement}`).toBe(false);
        }
      }
    }
  });
});
