import { compoundIssues } from './compound-rule.js';
import { compareIssues, lintIssue } from './lint-issue.js';
import { analyzeStatement } from './outcome-statement-parser.js';
import { assertStatementText } from './statement-input.js';
import type { LintIssue } from './statement-types.js';
import { structureIssues } from './structure-rules.js';
import { wordingIssues } from './wording-rules.js';

/**
 * Checks a desired-outcome statement against the rules of Ulwick's grammar ("What Customers Want", 2005)
 * and Strategyn's guidance for writing them (one direction, one metric, one object of control; no
 * solution, no vague adjectives, stable over time, not a personal request). Errors mean the grammar is
 * broken; warnings come from word lists and may be overridden by a researcher.
 *
 * | code              | severity | rule |
 * |-------------------|----------|------|
 * | EMPTY             | error    | no words at all (reported alone) |
 * | MISSING_DIRECTION | error    | the first word is no direction and no other verb (see parseOutcomeStatement) |
 * | UNKNOWN_DIRECTION | error    | a verb such as Improve, Make, Avoid, Ensure, Reducing stands where the direction belongs |
 * | MISSING_METRIC    | error    | no metric phrase directly after the direction |
 * | MISSING_OBJECT    | error    | nothing after the metric (or only a clarifier) |
 * | FIRST_PERSON      | error    | I, me, my, we, us, our, I'd, we're ... ("US" and "i.e." excepted) |
 * | NAMES_SOLUTION    | warning  | a curated list of solutions, technologies and brands (app, dashboard, AI, Excel, Salesforce ...) |
 * | COMPOUND          | warning  | "and"/"or" followed by a second direction, metric or verb phrase (see compoundIssues) |
 * | VAGUE_WORD        | warning  | quickly, easy, better, efficient, seamless, user-friendly ... after the metric |
 * | TOO_LONG          | warning  | more than MAX_OUTCOME_STATEMENT_WORDS (25) words |
 *
 * Word lists match whole words, case-insensitively, after NFKC and British→American spelling. Missing
 * parts are reported as an empty span (`start === end`) where they belong. Issues are ordered by `start`,
 * then `code`, then `end`. Runs in microseconds (one tokenization, table lookups), for inline feedback.
 *
 * @throws DomainInputError `INVALID_TYPE` (`text`) when `text` is not a string.
 */
export function lintOutcomeStatement(text: string): LintIssue[] {
  assertStatementText(text, 'text');
  const analysis = analyzeStatement(text);
  if (analysis.tokens.length === 0) {
    return [lintIssue('EMPTY', 'The statement is empty.', "Write a statement such as 'Minimize the time it takes to …'.", 0, text.length)];
  }
  return [...structureIssues(text, analysis), ...wordingIssues(text, analysis), ...compoundIssues(text, analysis)].sort(compareIssues);
}
