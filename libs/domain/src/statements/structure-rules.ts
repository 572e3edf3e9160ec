import type { StatementAnalysis } from './outcome-statement-parser.js';
import { lintIssue } from './lint-issue.js';
import { DIRECTIONS, NON_DIRECTION_VERBS } from './statement-lexicon.js';
import type { LintIssue } from './statement-types.js';

const METRIC_EXAMPLES = "'the time it takes to', 'the likelihood of' or 'the number of'";

/** MISSING_DIRECTION / UNKNOWN_DIRECTION, MISSING_METRIC and MISSING_OBJECT: the slots of the grammar. */
export function structureIssues(text: string, { parsed, tokens }: StatementAnalysis): LintIssue[] {
  const issues: LintIssue[] = [];
  const first = tokens[0];
  if (first === undefined) return issues;
  const { direction, unknownDirection, metric, objectOfControl } = parsed;

  if (unknownDirection !== null) {
    issues.push(unknownDirectionIssue(unknownDirection.text, first.key, metric !== null, unknownDirection.start, unknownDirection.end));
  } else if (direction === null) {
    const later = tokens.find((token) => DIRECTIONS.has(token.key));
    const suggestion =
      later === undefined
        ? "Start with a direction such as 'Minimize' (or 'Increase' for the rare outcome that should grow)."
        : `Start the statement with '${text.slice(later.start, later.end)}' and drop the words before it.`;
    issues.push(lintIssue('MISSING_DIRECTION', 'The statement does not start with a direction.', suggestion, first.start, first.start));
  }

  const slotWord = direction ?? unknownDirection;
  if (metric === null) {
    const at = slotWord?.end ?? first.start;
    const after = direction !== null ? `after '${direction.text}'` : unknownDirection !== null ? 'after the direction' : 'at the start';
    issues.push(lintIssue('MISSING_METRIC', 'The statement names no metric.', `Add a metric ${after}, such as ${METRIC_EXAMPLES}.`, at, at));
  }

  if (objectOfControl === null) {
    const at = metric?.end ?? slotWord?.end ?? first.start;
    issues.push(
      lintIssue(
        'MISSING_OBJECT',
        'The statement does not say what is measured (the object of control).',
        "Name what the metric applies to, e.g. '… the time it takes to verify that the invoice matches the order'.",
        at,
        at,
      ),
    );
  }
  return issues;
}

function unknownDirectionIssue(word: string, key: string, hasMetric: boolean, start: number, end: number): LintIssue {
  const opening = NON_DIRECTION_VERBS.get(key) ?? '';
  // With a metric already in place only the direction word is replaced, or the fix would repeat the metric.
  const replacement = opening === '' ? '' : hasMetric ? (opening.split(' ')[0] ?? opening) : opening;
  const suggestion =
    replacement === ''
      ? `Replace '${word}' with 'Minimize' or 'Increase' and say what should get smaller or larger.`
      : `Replace '${word}' with '${replacement}'.`;
  return lintIssue('UNKNOWN_DIRECTION', `'${word}' is not a direction of an outcome statement.`, suggestion, start, end);
}
