import { matchStatementFrame, type StatementFrame } from './statement-grammar.js';
import { assertStatementText } from './statement-input.js';
import { tokenizeStatement, type StatementToken } from './statement-tokens.js';
import type { OutcomeStatementPartName, ParsedOutcomeStatement, StatementSpan } from './statement-types.js';

/** A parse together with the words and slot ranges it came from, for the linter. */
export type StatementAnalysis = {
  parsed: ParsedOutcomeStatement;
  tokens: readonly StatementToken[];
  frame: StatementFrame;
};

/**
 * Splits a desired-outcome statement into the four parts of Ulwick's grammar ("What Customers Want",
 * 2005; Strategyn's desired outcome statement guidance):
 * `direction` + `metric` + `object of control` + `contextual clarifier`, as in
 * "Minimize | the time it takes to | verify that the invoice matches the order | when closing the month".
 *
 * Rules (case-insensitive; quotes, commas, a trailing period and extra whitespace are ignored because
 * only words are matched):
 * - direction: the first word, one of Minimize/Minimise, Reduce, Decrease (→ `minimize`) or Increase,
 *   Maximize/Maximise (→ `increase`). Any other verb there ("Improve", "Make", "Reducing", or any word
 *   directly followed by a metric) is reported as `unknownDirection`.
 * - metric: directly after the direction (or at the start when the direction is missing), the longest of
 *   "the time it takes to", "the amount of time ...", "the likelihood that/of", "the probability ...",
 *   "the number of", "the amount of", "the frequency of/with which", "the effort required/needed to",
 *   "the risk of/that", "the cost of", "the chance(s) of/that", "the variability of/in",
 *   "the accuracy of" ...; a leading "the" is optional.
 * - contextual clarifier: from the first of when, whenever, while, during, before, after, e.g.,
 *   for example, for instance, in order to, so that, to the end, when at least one word follows.
 *   "for", "if", "once" and "until" never open it (they usually belong to the object), nor does "when"
 *   after a verb such as determine/know/decide ("determine when the goods arrive") or before "to"
 *   ("when to reorder"), nor "after" after look/go/take ("look after the customer").
 * - object of control: the words between the metric and the clarifier.
 *
 * Every part carries its text and UTF-16 offsets into `text`. Never throws for a string, whatever it holds.
 *
 * @throws DomainInputError `INVALID_TYPE` (`text`) when `text` is not a string.
 */
export function parseOutcomeStatement(text: string): ParsedOutcomeStatement {
  assertStatementText(text, 'text');
  return analyzeStatement(text).parsed;
}

/** {@link parseOutcomeStatement} for a string the caller already checked, keeping the words for the linter. */
export function analyzeStatement(text: string): StatementAnalysis {
  const tokens = tokenizeStatement(text);
  const frame = matchStatementFrame(tokens.map((token) => token.key));
  const span = (from: number, to: number): StatementSpan | null => spanOf(text, tokens, from, to);
  const first = tokens[0];
  const direction = frame.direction !== null && first !== undefined ? { ...wordSpan(text, first), value: frame.direction } : null;
  const unknownDirection = frame.unknownDirection && first !== undefined ? wordSpan(text, first) : null;
  const metricSpan = frame.metric === null ? null : span(frame.metric.start, frame.metric.end);
  const metric = metricSpan === null || frame.metric === null ? null : { ...metricSpan, kind: frame.metric.kind };
  const objectEnd = frame.clarifier?.start ?? tokens.length;
  const objectOfControl = span(frame.bodyStart, objectEnd);
  const clarifierSpan = frame.clarifier === null ? null : span(frame.clarifier.start, tokens.length);
  const contextualClarifier =
    clarifierSpan === null || frame.clarifier === null ? null : { ...clarifierSpan, marker: frame.clarifier.marker };

  const missing: OutcomeStatementPartName[] = [];
  if (direction === null) missing.push('direction');
  if (metric === null) missing.push('metric');
  if (objectOfControl === null) missing.push('objectOfControl');
  if (contextualClarifier === null) missing.push('contextualClarifier');
  const parsed = { direction, unknownDirection, metric, objectOfControl, contextualClarifier, missing, wordCount: tokens.length };
  return { parsed, tokens, frame };
}

function wordSpan(text: string, token: StatementToken): StatementSpan {
  return { text: text.slice(token.start, token.end), start: token.start, end: token.end };
}

/** The input text from the start of word `from` to the end of word `to - 1`; null when the range is empty. */
function spanOf(text: string, tokens: readonly StatementToken[], from: number, to: number): StatementSpan | null {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (first === undefined || last === undefined || to <= from) return null;
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
}
