/**
 * Where an outcome sits on the opportunity landscape (DOMAIN.md, "Opportunity algorithm").
 * Boundaries: extreme > 15; high 12..15 (12 inclusive, 15 inclusive); solid 10..12 (10 inclusive,
 * 12 exclusive); overserved when satisfaction > importance and opportunity < 10; served otherwise.
 */
export type OpportunityZone = 'extreme' | 'high' | 'solid' | 'overserved' | 'served';

/**
 * Bounds on the 0..10 score scale (0..20 for opportunity): 95% Wilson intervals for importance and
 * satisfaction, and the opportunity range those two allow (see `scoreFromCounts`).
 */
export type ScoreBounds = { low: number; high: number };

export type OutcomeScoreInterval = {
  /** Wilson score interval of the importance top-two-box share, times 10. */
  importance: ScoreBounds;
  /** Wilson score interval of the satisfaction top-two-box share, times 10. */
  satisfaction: ScoreBounds;
  /** Opportunity bounds propagated from the importance and satisfaction bounds. */
  opportunity: ScoreBounds;
  /** True when either question has fewer than 30 answers. */
  lowSample: boolean;
};

/** Scores keep full precision; round only for display. */
export type OutcomeScore = {
  importance: number;
  satisfaction: number;
  opportunity: number;
  nImportance: number;
  nSatisfaction: number;
  zone: OpportunityZone;
  interval: OutcomeScoreInterval;
};

/**
 * One respondent's answers for one outcome; either answer may be missing. `null` means missing too,
 * because that is how SQL and JSON deliver an unanswered question.
 */
export type OutcomeRating = { importance?: number | null; satisfaction?: number | null };

/**
 * Aggregated answers for one outcome, as a SQL `COUNT(*) FILTER (...)` query returns them.
 * `n` is the number of respondents. Each question keeps its own answer count because a respondent who
 * skipped one question still counts for the other: `nImportance` / `nSatisfaction` override `n` for their
 * question when given. `importantCount` / `satisfiedCount` are the top-two-box answers (4 or 5 on 1–5).
 */
export type OutcomeCounts = {
  n: number;
  importantCount: number;
  satisfiedCount: number;
  nImportance?: number;
  nSatisfaction?: number;
};
