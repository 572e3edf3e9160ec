import type { LintCode, LintIssue, LintSeverity } from './statement-types.js';

/**
 * Errors break the grammar the rest of the product relies on (ratings, comparison); warnings come from
 * word lists and may have legitimate exceptions. FIRST_PERSON is an error because a statement written as
 * "I want ..." is a request, not an outcome, and the pronoun lists have no ambiguous entries.
 */
const SEVERITY: Readonly<Record<LintCode, LintSeverity>> = {
  EMPTY: 'error',
  MISSING_DIRECTION: 'error',
  UNKNOWN_DIRECTION: 'error',
  MISSING_METRIC: 'error',
  MISSING_OBJECT: 'error',
  FIRST_PERSON: 'error',
  NAMES_SOLUTION: 'warning',
  COMPOUND: 'warning',
  VAGUE_WORD: 'warning',
  TOO_LONG: 'warning',
};

export function lintIssue(code: LintCode, message: string, suggestion: string, start: number, end: number): LintIssue {
  return { code, severity: SEVERITY[code], message, suggestion, start, end };
}

/** Position, then code, then end: the order the UI lists them in and tests can rely on. */
export function compareIssues(x: LintIssue, y: LintIssue): number {
  return (
    (x.start ?? 0) - (y.start ?? 0) ||
    (x.code < y.code ? -1 : x.code > y.code ? 1 : 0) ||
    (x.end ?? 0) - (y.end ?? 0)
  );
}
