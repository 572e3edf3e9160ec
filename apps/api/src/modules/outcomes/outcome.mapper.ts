import type { ExtractionProvider, Outcome, OutcomeEvidence, OutcomeSource, OutcomeStatus } from '@outcome-atlas/contracts';
import type { LintIssue } from '@outcome-atlas/domain';
import { iso } from '../../common/iso.js';

export type OutcomeRow = {
  id: string;
  project_id: string;
  key: number;
  statement: string;
  direction: string | null;
  metric: string | null;
  object_of_control: string | null;
  contextual_clarifier: string | null;
  job_step_id: string | null;
  status: OutcomeStatus;
  confidence: number | null;
  lint_issues: Pick<LintIssue, 'code' | 'severity' | 'message' | 'suggestion'>[];
  source: OutcomeSource;
  provider: ExtractionProvider | null;
  model: string | null;
  prompt_version: string | null;
  extraction_job_id: string | null;
  possible_duplicate_of: string | null;
  duplicate_key: number | null;
  duplicate_similarity: number | null;
  merged_into_id: string | null;
  merged_into_key: number | null;
  evidence: { id: string; interview_id: string; start_offset: number; end_offset: number; quote: string }[];
  version: number;
  created_at: Date;
  updated_at: Date;
};

/**
 * Outcome columns plus its duplicate's key and its evidence as JSON, in one row per outcome. The key of the
 * outcome it is merged into is a scalar subquery (a primary-key probe, only for merged outcomes), so callers'
 * joins stay as they are.
 */
export const OUTCOME_SELECT = `SELECT o.id, o.project_id, o.key, o.statement, o.direction, o.metric, o.object_of_control, o.contextual_clarifier,
  o.job_step_id, o.status, o.confidence, o.lint_issues, o.source, o.provider, o.model, o.prompt_version, o.extraction_job_id,
  o.possible_duplicate_of, d.key AS duplicate_key, o.duplicate_similarity,
  o.merged_into_id, (SELECT m.key FROM outcomes m WHERE m.id = o.merged_into_id) AS merged_into_key,
  o.version, o.created_at, o.updated_at`;

/**
 * With `OUTCOME_SELECT`: every evidence span of each outcome aggregated in a lateral subquery (one index probe
 * per outcome on outcome_evidence_outcome_span_key), so a page of outcomes is one query.
 */
export const ALL_EVIDENCE_SELECT = `coalesce(ev.evidence, '[]'::jsonb) AS evidence`;
// A duplicate that has since been merged away is no longer worth a flag (it shows again if the merge is undone).
export const ALL_EVIDENCE_JOINS = `LEFT JOIN outcomes d ON d.id = o.possible_duplicate_of AND d.status <> 'merged'
  LEFT JOIN LATERAL (
    SELECT jsonb_agg(jsonb_build_object('id', e.id, 'interview_id', e.interview_id, 'start_offset', e.start_offset, 'end_offset', e.end_offset, 'quote', e.quote)
      ORDER BY e.interview_id, e.start_offset) AS evidence
    FROM outcome_evidence e WHERE e.outcome_id = o.id) ev ON true`;

export const outcomeKey = (key: number) => `O-${key}`;

export const toOutcome = (row: OutcomeRow): Outcome => ({
  id: row.id,
  projectId: row.project_id,
  key: outcomeKey(row.key),
  statement: row.statement,
  parts: { direction: row.direction, metric: row.metric, objectOfControl: row.object_of_control, contextualClarifier: row.contextual_clarifier },
  jobStepId: row.job_step_id,
  status: row.status,
  confidence: row.confidence,
  lintIssues: row.lint_issues.map(({ code, severity, message, suggestion }) => ({ code, severity, message, ...(suggestion ? { suggestion } : {}) })),
  origin: { source: row.source, provider: row.provider, model: row.model, promptVersion: row.prompt_version, extractionJobId: row.extraction_job_id },
  possibleDuplicateOf:
    row.possible_duplicate_of && row.duplicate_key !== null
      ? { outcomeId: row.possible_duplicate_of, key: outcomeKey(row.duplicate_key), similarity: row.duplicate_similarity ?? 0 }
      : null,
  mergedInto: row.merged_into_id && row.merged_into_key !== null ? { outcomeId: row.merged_into_id, key: outcomeKey(row.merged_into_key) } : null,
  evidence: row.evidence.map(
    (span): OutcomeEvidence => ({ id: span.id, interviewId: span.interview_id, start: span.start_offset, end: span.end_offset, quote: span.quote }),
  ),
  version: row.version,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});
