import type { StatementAnalysis } from './outcome-statement-parser.js';
import { lintIssue } from './lint-issue.js';
import { matchPhraseAt, type PhraseTable } from './phrase-table.js';
import { FIRST_PERSON_WORDS, SOLUTION_TERMS, VAGUE_REPLACEMENTS, VAGUE_TERMS } from './quality-lexicon.js';
import type { LintIssue } from './statement-types.js';

/**
 * Strategyn keeps statements short enough to read in a survey; ODI statements run about 10–20 words.
 * Above 25 the statement almost always carries a second outcome, a list of examples or a solution.
 */
export const MAX_OUTCOME_STATEMENT_WORDS = 25;

/** NAMES_SOLUTION, VAGUE_WORD, FIRST_PERSON and TOO_LONG: word-list checks over the whole statement. */
export function wordingIssues(text: string, { tokens, frame }: StatementAnalysis): LintIssue[] {
  const keys = tokens.map((token) => token.key);
  const issues: LintIssue[] = [];

  forEachPhrase(SOLUTION_TERMS, keys, 0, (from, to) => {
    const term = slice(text, tokens, from, to);
    issues.push(
      lintIssue(
        'NAMES_SOLUTION',
        `'${term.text}' names a solution or technology.`,
        `Remove '${term.text}' and describe the result the customer wants, whatever product or technology delivers it.`,
        term.start,
        term.end,
      ),
    );
  });

  // Words in the direction and metric slots are already reported there ("Better ..." is UNKNOWN_DIRECTION).
  forEachPhrase(VAGUE_TERMS, keys, frame.bodyStart, (from, to, kind) => {
    const term = slice(text, tokens, from, to);
    issues.push(
      lintIssue(
        'VAGUE_WORD',
        `'${term.text}' is vague and cannot be measured.`,
        `Replace '${term.text}' with a measurable metric such as ${VAGUE_REPLACEMENTS[kind]}.`,
        term.start,
        term.end,
      ),
    );
  });

  tokens.forEach((token, index) => {
    if (!FIRST_PERSON_WORDS.has(token.lower)) return;
    const raw = text.slice(token.start, token.end);
    if (raw === 'US') return;
    // "i.e." splits into the words "i" and "e".
    const next = tokens[index + 1];
    if (token.lower === 'i' && next?.lower === 'e' && text.slice(token.end, next.start) === '.') return;
    issues.push(
      lintIssue(
        'FIRST_PERSON',
        `'${raw}' writes the statement in the first person.`,
        "Drop 'I want' / 'we need' and state the outcome itself, starting with a direction such as 'Minimize'.",
        token.start,
        token.end,
      ),
    );
  });

  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (tokens.length > MAX_OUTCOME_STATEMENT_WORDS && first !== undefined && last !== undefined) {
    issues.push(
      lintIssue(
        'TOO_LONG',
        `The statement has ${tokens.length} words; keep it to ${MAX_OUTCOME_STATEMENT_WORDS} or fewer.`,
        'Shorten it: keep one object of control and a short contextual clarifier, and drop lists of examples.',
        first.start,
        last.end,
      ),
    );
  }
  return issues;
}

function forEachPhrase<T>(
  table: PhraseTable<T>,
  keys: readonly string[],
  from: number,
  visit: (start: number, end: number, value: T) => void,
): void {
  for (let index = from; index < keys.length; index++) {
    const match = matchPhraseAt(table, keys, index);
    if (match === null) continue;
    visit(index, index + match.length, match.value);
    index += match.length - 1;
  }
}

function slice(text: string, tokens: StatementAnalysis['tokens'], from: number, to: number): { text: string; start: number; end: number } {
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? start;
  return { text: text.slice(start, end), start, end };
}
