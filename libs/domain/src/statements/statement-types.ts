/**
 * Direction of a desired-outcome statement, normalized. Ulwick's statements almost always minimize
 * (time, likelihood, variability ...); the rare positive ones say "Increase". "Reduce", "Decrease" and
 * British "Minimise" are the same instruction as "Minimize"; "Maximize"/"Maximise" the same as "Increase",
 * so the raw word is kept in the part's `text` and only the polarity is normalized.
 */
export type OutcomeDirection = 'minimize' | 'increase';

/** The unit of measure after the direction ("the time it takes to" is `time`). */
export type OutcomeMetricKind =
  | 'time'
  | 'likelihood'
  | 'number'
  | 'amount'
  | 'frequency'
  | 'effort'
  | 'risk'
  | 'cost'
  | 'chance'
  | 'variability'
  | 'accuracy';

/** The four slots of the statement grammar, in statement order. */
export type OutcomeStatementPartName = 'direction' | 'metric' | 'objectOfControl' | 'contextualClarifier';

/**
 * A piece of the input. `start` is inclusive and `end` exclusive, both UTF-16 indices into the string
 * that was passed in (what `String.prototype.slice` and a textarea's selection use), so
 * `input.slice(start, end) === text`.
 */
export type StatementSpan = { text: string; start: number; end: number };

export type DirectionPart = StatementSpan & { value: OutcomeDirection };

export type MetricPart = StatementSpan & { kind: OutcomeMetricKind };

/** `marker` is the word(s) that open the clarifier in lower case: 'when', 'during', 'e.g.', 'in order to' ... */
export type ClarifierPart = StatementSpan & { marker: string };

export type ParsedOutcomeStatement = {
  direction: DirectionPart | null;
  /**
   * A first word that stands where the direction belongs but is not one ("Improve", "Make", "Reducing"),
   * so the UI can underline it. Null when the direction was recognized or the slot holds no verb at all.
   */
  unknownDirection: StatementSpan | null;
  metric: MetricPart | null;
  objectOfControl: StatementSpan | null;
  contextualClarifier: ClarifierPart | null;
  /** Parts not found, in statement order. The clarifier is optional in the grammar but still listed. */
  missing: OutcomeStatementPartName[];
  /** Words (runs of letters and digits) in the statement. */
  wordCount: number;
};

export type LintCode =
  | 'EMPTY'
  | 'MISSING_DIRECTION'
  | 'UNKNOWN_DIRECTION'
  | 'MISSING_METRIC'
  | 'MISSING_OBJECT'
  | 'NAMES_SOLUTION'
  | 'COMPOUND'
  | 'VAGUE_WORD'
  | 'TOO_LONG'
  | 'FIRST_PERSON';

/**
 * `error`: the grammar is broken, so the statement cannot be rated or compared as an outcome.
 * `warning`: a word-list heuristic that has legitimate exceptions; a researcher may keep the statement.
 */
export type LintSeverity = 'error' | 'warning';

/** `start`/`end` are UTF-16 indices into the input; a missing part is reported as an empty span where it belongs. */
export type LintIssue = {
  code: LintCode;
  severity: LintSeverity;
  message: string;
  suggestion?: string;
  start?: number;
  end?: number;
};

/** One statement to compare; ids must be unique within a call. */
export type OutcomeStatementInput = { id: string; text: string };

export type DuplicatePair = { a: string; b: string; similarity: number };

/**
 * A set of statements that are pairwise duplicates: every pair in `ids` scored at least the threshold.
 * `pairs` lists every pair of the group (`a < b`), most similar first.
 */
export type DuplicateGroup = {
  ids: string[];
  minSimilarity: number;
  maxSimilarity: number;
  pairs: DuplicatePair[];
};
