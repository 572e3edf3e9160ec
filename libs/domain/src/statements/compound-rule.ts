import type { StatementAnalysis } from './outcome-statement-parser.js';
import { lintIssue } from './lint-issue.js';
import { matchPhraseAt } from './phrase-table.js';
import { CLAUSE_FILLERS, FUNCTION_WORDS, OBJECT_OPENERS, SECOND_OUTCOME_VERBS } from './quality-lexicon.js';
import { COMPOUND_METRIC_PHRASES, DIRECTIONS } from './statement-lexicon.js';
import type { LintIssue } from './statement-types.js';

const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);
const NOUN_MARKERS: ReadonlySet<string> = new Set(['of', 'in']);
const CLAUSE_BREAK = /[,;:]/u;

/**
 * COMPOUND: a second outcome in the same statement. Strategyn's rule is one metric and one object of
 * control per statement; a parser cannot see clause structure, so after the metric this looks only at the
 * words right after "and"/"or"/"and/or" (skipping "then", "also", "to") for
 *
 * 1. a direction or outcome verb: "... and reduce ...", "... or avoid ..." — unless followed by "of"/"in",
 *    which makes it a noun ("an increase in");
 * 2. a full metric phrase: "... and the likelihood of ...", "... and the number of ..." ("the amount of"
 *    and "the cost of" are excluded because they open ordinary noun phrases);
 * 3. inside the object of control only: a content word directly followed by an article, possessive or
 *    object pronoun, i.e. a verb with its own object: "... file the claim and approve the invoice",
 *    "... missing a payment or paying a late fee";
 *
 * and, without a conjunction, for a direction word right after a comma, semicolon or colon ("Minimize the
 * time it takes to file the claim; reduce the follow-up calls").
 *
 * Not flagged: nouns joined inside one object ("the invoice and the order", "an invoice and its
 * duplicate", "bank statements and invoices"), and verb phrases joined inside the clarifier ("when closing
 * the month and preparing the report"). Known limits: verbs
 * without an article after them ("find and fix errors") are missed, and a noun directly followed by an
 * article ("between the invoice and order the ...") is rare but would be flagged.
 */
export function compoundIssues(text: string, { tokens, frame }: StatementAnalysis): LintIssue[] {
  const keys = tokens.map((token) => token.key);
  const objectEnd = frame.clarifier?.start ?? keys.length;
  const issues: LintIssue[] = [];
  const report = (start: number, end: number, message: string): void => {
    issues.push(
      lintIssue(
        'COMPOUND',
        message,
        'Split it into two statements, each with one direction, one metric and one object of control.',
        start,
        end,
      ),
    );
  };
  for (let index = frame.bodyStart; index < keys.length; index++) {
    const key = keys[index] ?? '';
    const token = tokens[index];
    const previous = tokens[index - 1];
    if (DIRECTIONS.has(key) && token !== undefined && previous !== undefined && index > frame.bodyStart) {
      const noun = NOUN_MARKERS.has(keys[index + 1] ?? '');
      if (!noun && CLAUSE_BREAK.test(text.slice(previous.end, token.start))) {
        report(token.start, token.end, `'${text.slice(token.start, token.end)}' starts a second outcome.`);
      }
    }
    if (!CONJUNCTIONS.has(key)) continue;
    // "and/or" is one conjunction.
    const conjunctionEnd = keys[index + 1] === 'or' ? index + 2 : index + 1;
    let next = conjunctionEnd;
    while (next < conjunctionEnd + 2 && CLAUSE_FILLERS.has(keys[next] ?? '')) next++;
    if (startsSecondOutcome(keys, next, objectEnd)) {
      const start = tokens[index]?.start ?? 0;
      const end = tokens[conjunctionEnd - 1]?.end ?? start;
      report(start, end, `'${text.slice(start, end)}' appears to join two outcomes.`);
    }
    index = conjunctionEnd - 1;
  }
  return issues;
}

function startsSecondOutcome(keys: readonly string[], at: number, objectEnd: number): boolean {
  const word = keys[at];
  if (word === undefined) return false;
  const following = keys[at + 1];
  if (SECOND_OUTCOME_VERBS.has(word)) return following === undefined || !NOUN_MARKERS.has(following);
  if (matchPhraseAt(COMPOUND_METRIC_PHRASES, keys, at) !== null) return true;
  return at < objectEnd && !FUNCTION_WORDS.has(word) && following !== undefined && OBJECT_OPENERS.has(following);
}
