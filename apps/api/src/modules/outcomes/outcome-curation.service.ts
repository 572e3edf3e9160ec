import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createOutcomeRequestSchema, Outcome, updateOutcomeRequestSchema } from '@outcome-atlas/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { type AppError, notFound } from '../../common/app-error.js';
import { updateReturning } from '../../database/update-returning.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { findDuplicateLinks } from './duplicate-links.js';
import { resolveEvidence, type EvidenceSpan } from './evidence-spans.js';
import { recordCreated, recordHistory, type FieldChanges } from './outcome-history.js';
import { loadOutcomes } from './outcome-loader.js';
import { lockJobStep, lockTranscripts } from './outcome-references.js';
import { statementColumns } from './outcome-statement.js';
import { mergedStatusNotSettable, outcomeMerged, staleVersion } from './outcomes.errors.js';

type NewOutcome = z.infer<typeof createOutcomeRequestSchema>;
/** The change with the version it was based on (from the body or the If-Match header). */
type OutcomeChange = z.infer<typeof updateOutcomeRequestSchema> & { version: number };
type ChangedRow = {
  prev_statement: string;
  prev_status: string;
  prev_job_step_id: string | null;
  statement: string;
  status: string;
  job_step_id: string | null;
};

/** Researchers' writes to single outcomes; each one appends its history entry in the same transaction. */
@Injectable()
export class OutcomeCurationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** A manual outcome, proposed for review like an extracted one; its key comes from the project's counter. */
  async create(caller: Caller, projectId: string, request: NewOutcome): Promise<Outcome> {
    await this.access.resource(caller, 'project', projectId, 'write');
    const columns = statementColumns(request.statement);
    return this.db.transaction(async (manager) => {
      await lockJobStep(manager, projectId, request.jobStepId);
      const transcripts = await lockTranscripts(manager, projectId, request.evidence.map((span) => span.interviewId));
      const evidence = resolveEvidence(request.evidence, transcripts);
      const keys = await updateReturning<{ key: number }>(
        manager,
        'UPDATE projects SET next_outcome_key = next_outcome_key + 1 WHERE id = $1 RETURNING next_outcome_key - 1 AS key',
        [projectId],
      );
      const [duplicate] = await findDuplicateLinks(manager, projectId, [{ statement: columns.statement, normalized: columns.normalized_statement }]);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO outcomes (project_id, key, statement, normalized_statement, direction, metric, object_of_control, contextual_clarifier,
           job_step_id, status, lint_issues, source, created_by, possible_duplicate_of, duplicate_similarity)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'proposed', $10::jsonb, 'manual', $11, $12, $13) RETURNING id`,
        [
          projectId, keys[0]!.key, columns.statement, columns.normalized_statement, columns.direction, columns.metric, columns.object_of_control,
          columns.contextual_clarifier, request.jobStepId, JSON.stringify(columns.lint_issues), caller.userId,
          duplicate?.outcomeId ?? null, duplicate?.similarity ?? null,
        ],
      );
      const outcomeId = inserted[0]!.id;
      await insertEvidence(manager, outcomeId, evidence);
      await recordCreated(manager, [outcomeId], caller.userId, null);
      return (await loadOutcomes(manager, [outcomeId]))[0]!;
    });
  }

  /**
   * Optimistic concurrency in the UPDATE itself: it changes the row only while `version` is the one the
   * client read, so of two researchers saving the same version exactly one wins and the other gets 409 with
   * the winner's copy. The self-join `prev` supplies the values before the change for the history entry.
   */
  async update(caller: Caller, outcomeId: string, request: OutcomeChange): Promise<Outcome> {
    const { projectId } = await this.access.resource(caller, 'outcome', outcomeId, 'write');
    if (request.status === 'merged') throw mergedStatusNotSettable();
    const updated = await this.db.transaction(async (manager) => {
      await lockJobStep(manager, projectId, request.jobStepId);
      const params: unknown[] = [outcomeId, request.version];
      const param = (value: unknown) => `$${params.push(value)}`;
      const sets: string[] = [];
      if (request.statement !== undefined) {
        const { lint_issues, ...columns } = statementColumns(request.statement);
        for (const [column, value] of Object.entries(columns)) sets.push(`${column} = ${param(value)}`);
        sets.push(`lint_issues = ${param(JSON.stringify(lint_issues))}::jsonb`);
        // New words may make it a likely duplicate of another outcome, or no longer one.
        const [duplicate] = await findDuplicateLinks(manager, projectId, [{ statement: columns.statement, normalized: columns.normalized_statement, excludeOutcomeId: outcomeId }]);
        sets.push(`possible_duplicate_of = ${param(duplicate?.outcomeId ?? null)}::uuid`, `duplicate_similarity = ${param(duplicate?.similarity ?? null)}::real`);
      }
      if (request.status !== undefined) sets.push(`status = ${param(request.status)}`);
      if (request.jobStepId !== undefined) sets.push(`job_step_id = ${param(request.jobStepId)}::uuid`);
      const rows = await updateReturning<ChangedRow>(
        manager,
        `UPDATE outcomes o SET ${sets.join(', ')}, version = o.version + 1, updated_at = now()
         FROM outcomes prev
         WHERE o.id = $1 AND o.version = $2 AND o.status <> 'merged' AND prev.id = o.id
         RETURNING prev.statement AS prev_statement, prev.status AS prev_status, prev.job_step_id AS prev_job_step_id,
           o.statement, o.status, o.job_step_id`,
        params,
      );
      const row = rows[0];
      if (!row) return null;
      const changes = fieldChanges(row);
      if (Object.keys(changes).length > 0) {
        await recordHistory(manager, [{ outcomeId, projectId, actorId: caller.userId, action: changes.status ? 'status_changed' : 'updated', changes }]);
      }
      return (await loadOutcomes(manager, [outcomeId]))[0]!;
    });
    if (updated) return updated;
    throw await this.whyNotUpdated(outcomeId);
  }

  /** Evidence and history go with the outcome (ON DELETE CASCADE), ratings by the outcomes' delete trigger; outcomes flagged as its duplicate lose the flag. */
  async remove(caller: Caller, outcomeId: string): Promise<void> {
    await this.access.resource(caller, 'outcome', outcomeId, 'write');
    await this.db.query('DELETE FROM outcomes WHERE id = $1', [outcomeId]);
  }

  private async whyNotUpdated(outcomeId: string): Promise<AppError> {
    const [current] = await loadOutcomes(this.db, [outcomeId]);
    if (!current) return notFound('outcome');
    if (current.status === 'merged') return outcomeMerged();
    return staleVersion(current);
  }
}

async function insertEvidence(manager: EntityManager, outcomeId: string, evidence: EvidenceSpan[]): Promise<void> {
  if (evidence.length === 0) return;
  await manager.query(
    `INSERT INTO outcome_evidence (outcome_id, interview_id, start_offset, end_offset, quote)
     SELECT $1, e."interviewId", e.start, e."end", e.quote FROM jsonb_to_recordset($2::jsonb) AS e("interviewId" uuid, start int, "end" int, quote text)`,
    [outcomeId, JSON.stringify(evidence)],
  );
}

function fieldChanges(row: ChangedRow): FieldChanges {
  const changes: FieldChanges = {};
  if (row.prev_statement !== row.statement) changes.statement = { from: row.prev_statement, to: row.statement };
  if (row.prev_status !== row.status) changes.status = { from: row.prev_status, to: row.status };
  if (row.prev_job_step_id !== row.job_step_id) changes.jobStepId = { from: row.prev_job_step_id, to: row.job_step_id };
  return changes;
}
