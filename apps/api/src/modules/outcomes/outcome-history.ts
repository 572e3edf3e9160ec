import type { OutcomeHistoryAction } from '@outcome-atlas/contracts';
import type { Queryable } from './outcome-loader.js';

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export type HistoryEntry = {
  outcomeId: string;
  projectId: string;
  actorId: string | null;
  action: OutcomeHistoryAction;
  changes: FieldChanges;
  extractionJobId?: string | null;
};

/**
 * Appends audit entries, all in one statement. Call it with the manager of the transaction that made the
 * changes, so an outcome never changes without its entry (nor gets an entry for a change that rolled back).
 */
export async function recordHistory(db: Queryable, entries: readonly HistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((entry) => ({
    outcome_id: entry.outcomeId,
    project_id: entry.projectId,
    actor_id: entry.actorId,
    action: entry.action,
    changes: entry.changes,
    extraction_job_id: entry.extractionJobId ?? null,
  }));
  await db.query(
    `INSERT INTO outcome_history (outcome_id, project_id, actor_id, action, changes, extraction_job_id)
     SELECT h.outcome_id, h.project_id, h.actor_id, h.action, h.changes, h.extraction_job_id
     FROM jsonb_to_recordset($1::jsonb) AS h(outcome_id uuid, project_id uuid, actor_id uuid, action text, changes jsonb, extraction_job_id uuid)`,
    [JSON.stringify(rows)],
  );
}

/** A 'created' entry for each of the given outcomes, read from their stored columns in one INSERT … SELECT. */
export async function recordCreated(db: Queryable, outcomeIds: readonly string[], actorId: string | null, extractionJobId: string | null): Promise<void> {
  if (outcomeIds.length === 0) return;
  await db.query(
    `INSERT INTO outcome_history (outcome_id, project_id, actor_id, action, changes, extraction_job_id)
     SELECT o.id, o.project_id, $2::uuid, 'created',
       jsonb_build_object(
         'statement', jsonb_build_object('from', null, 'to', o.statement),
         'status', jsonb_build_object('from', null, 'to', o.status),
         'jobStepId', jsonb_build_object('from', null, 'to', o.job_step_id)),
       $3::uuid
     FROM outcomes o WHERE o.id = ANY($1::uuid[])`,
    [outcomeIds, actorId, extractionJobId],
  );
}
