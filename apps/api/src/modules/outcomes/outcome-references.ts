import type { Queryable } from './outcome-loader.js';
import { jobStepNotInProject } from './outcomes.errors.js';

// FOR KEY SHARE: the row cannot be deleted before this transaction commits (which would turn the insert or
// update that refers to it into a foreign-key error), while renames and moves of it go ahead.

/** Checks that a job step belongs to the project and keeps it until the transaction ends; null passes. */
export async function lockJobStep(db: Queryable, projectId: string, jobStepId: string | null | undefined): Promise<void> {
  if (!jobStepId) return;
  const rows: unknown[] = await db.query('SELECT 1 FROM job_steps WHERE id = $1 AND project_id = $2 FOR KEY SHARE', [jobStepId, projectId]);
  if (rows.length === 0) throw jobStepNotInProject();
}

/** Transcripts of the project's interviews among `interviewIds`, kept until the transaction ends; others are absent. */
export async function lockTranscripts(db: Queryable, projectId: string, interviewIds: readonly string[]): Promise<Map<string, string>> {
  if (interviewIds.length === 0) return new Map();
  const rows: { id: string; transcript: string }[] = await db.query(
    'SELECT id, transcript FROM interviews WHERE project_id = $1 AND id = ANY($2::uuid[]) FOR KEY SHARE',
    [projectId, [...new Set(interviewIds)]],
  );
  return new Map(rows.map((row) => [row.id, row.transcript]));
}
