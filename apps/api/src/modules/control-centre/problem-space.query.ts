import type { ControlCentre } from '@outcome-atlas/contracts';
import type { DataSource } from 'typeorm';

type Problem = ControlCentre['problem'];
export type JobStepEvidenceRow = Problem['byJobStep'][number] & { position: number | null; evidencedOutcomes: number };

/**
 * Interviews and their highlights per persona: every persona of the project (also those nobody was
 * interviewed as yet, a gap in itself), then one row without persona when some interviews have none.
 */
export async function loadPersonaCoverage(db: DataSource, projectId: string): Promise<Problem['byPersona']> {
  return db.query(
    `WITH counts AS (
       SELECT i.persona_id, count(*)::int AS interviews, coalesce(sum(h.n), 0)::int AS highlights
       FROM interviews i
       CROSS JOIN LATERAL (SELECT count(*) AS n FROM highlights h WHERE h.interview_id = i.id) h
       WHERE i.project_id = $1
       GROUP BY i.persona_id)
     SELECT * FROM (
       SELECT pe.id AS "personaId", pe.name AS persona, coalesce(c.interviews, 0) AS interviews, coalesce(c.highlights, 0) AS highlights
       FROM personas pe LEFT JOIN counts c ON c.persona_id = pe.id
       WHERE pe.project_id = $1
       UNION ALL
       SELECT NULL, NULL, c.interviews, c.highlights FROM counts c WHERE c.persona_id IS NULL) x
     ORDER BY lower(persona) NULLS LAST, "personaId"`,
    [projectId],
  );
}

/**
 * Accepted outcomes and highlights per job step, in job-map order, then a row without step when some
 * accepted outcomes have none. Highlights have no job step of their own, so the rule is: a highlight
 * counts towards a step when its passage overlaps (same interview, intersecting offsets) the evidence of
 * an accepted outcome of that step, once per step however many evidence spans it overlaps.
 * `evidencedOutcomes` (accepted outcomes with at least one evidence quote) finds the steps with no evidence.
 */
export async function loadJobStepCoverage(db: DataSource, projectId: string): Promise<JobStepEvidenceRow[]> {
  return db.query(
    `WITH accepted AS (SELECT o.id, o.job_step_id FROM outcomes o WHERE o.project_id = $1 AND o.status = 'accepted'),
     outcome_counts AS (
       SELECT a.job_step_id, count(*)::int AS outcomes,
         (count(*) FILTER (WHERE EXISTS (SELECT 1 FROM outcome_evidence e WHERE e.outcome_id = a.id)))::int AS evidenced
       FROM accepted a GROUP BY a.job_step_id),
     highlight_counts AS (
       SELECT a.job_step_id, count(DISTINCT h.id)::int AS highlights
       FROM accepted a
       JOIN outcome_evidence e ON e.outcome_id = a.id
       JOIN highlights h ON h.interview_id = e.interview_id AND h.start_offset < e.end_offset AND e.start_offset < h.end_offset
       GROUP BY a.job_step_id)
     SELECT * FROM (
       SELECT s.id AS "jobStepId", s.name AS "jobStep", s.position, coalesce(oc.outcomes, 0) AS outcomes,
         coalesce(oc.evidenced, 0) AS "evidencedOutcomes", coalesce(hc.highlights, 0) AS highlights
       FROM job_steps s
       LEFT JOIN outcome_counts oc ON oc.job_step_id = s.id
       LEFT JOIN highlight_counts hc ON hc.job_step_id = s.id
       WHERE s.project_id = $1
       UNION ALL
       SELECT NULL, NULL, NULL, oc.outcomes, oc.evidenced, coalesce(hc.highlights, 0)
       FROM outcome_counts oc LEFT JOIN highlight_counts hc ON hc.job_step_id IS NULL
       WHERE oc.job_step_id IS NULL) x
     ORDER BY position NULLS LAST, "jobStepId"`,
    [projectId],
  );
}

export async function loadOutcomeStatusCounts(db: DataSource, projectId: string): Promise<Problem['outcomesByStatus']> {
  const rows: { status: keyof Problem['outcomesByStatus']; n: number }[] = await db.query(
    'SELECT status, count(*)::int AS n FROM outcomes WHERE project_id = $1 GROUP BY status',
    [projectId],
  );
  const counts: Problem['outcomesByStatus'] = { proposed: 0, accepted: 0, rejected: 0, merged: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}
