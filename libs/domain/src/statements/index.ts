export type {
  ClarifierPart,
  DirectionPart,
  DuplicateGroup,
  DuplicatePair,
  LintCode,
  LintIssue,
  LintSeverity,
  MetricPart,
  OutcomeDirection,
  OutcomeMetricKind,
  OutcomeStatementInput,
  OutcomeStatementPartName,
  ParsedOutcomeStatement,
  StatementSpan,
} from './statement-types.js';
export { parseOutcomeStatement } from './outcome-statement-parser.js';
export { lintOutcomeStatement } from './outcome-statement-linter.js';
export { MAX_OUTCOME_STATEMENT_WORDS } from './wording-rules.js';
export { normalizeOutcomeStatement } from './outcome-statement-normalizer.js';
export { outcomeFingerprint, type OutcomeFingerprint } from './outcome-fingerprint.js';
export {
  DIRECTION_MISMATCH_FACTOR,
  METRIC_MISMATCH_FACTOR,
  MISSING_PART_FACTOR,
  TERM_WEIGHT,
  TRIGRAM_WEIGHT,
  compareOutcomeFingerprints,
  outcomeSimilarity,
} from './outcome-similarity.js';
export { DEFAULT_DUPLICATE_THRESHOLD, findDuplicateGroups } from './duplicate-groups.js';
