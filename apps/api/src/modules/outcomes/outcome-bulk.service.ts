import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { bulkOutcomesRequestSchema, BulkOutcomesResponse, OutcomeHistoryAction, OutcomeStatus } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { updateReturning } from '../../database/update-returning.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { recordHistory } from './outcome-history.js';
import { loadOutcomes } from './outcome-loader.js';
import { outcomeKey } from './outcome.mapper.js';
import { lockJobStep } from './outcome-references.js';
import { outcomesNotInProject } from './outcomes.errors.js';

type BulkRequest = z.infer<typeof bulkOutcomesRequestSchema>;
/** One column set to one value; `column` and `type` come from this file, never from the request. */
type Change = { column: 'status' | 'job_step_id'; type: 'text' | 'uuid'; field: 'status' | 'jobStepId'; value: string | null; action: OutcomeHistoryAction };

const STATUS_OF = { accept: 'accepted', reject: 'rejected' } as const satisfies Record<string, OutcomeStatus>;

function changeOf(request: BulkRequest): Change {
  if (request.action === 'assignJobStep') return { column: 'job_step_id', type: 'uuid', field: 'jobStepId', value: request.jobStepId, action: 'updated' };
  return { column: 'status', type: 'text', field: 'status', value: STATUS_OF[request.action], action: 'status_changed' };
}

/** Curating many outcomes at once: all requested ids or none, in one UPDATE plus one history INSERT. */
@Injectable()
export class OutcomeBulkService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async apply(caller: Caller, projectId: string, request: BulkRequest): Promise<BulkOutcomesResponse> {
    await this.access.resource(caller, 'project', projectId, 'write');
    const change = changeOf(request);
    const ids = [...new Set(request.ids)];
    return this.db.transaction(async (manager) => {
      if (request.action === 'assignJobStep') await lockJobStep(manager, projectId, request.jobStepId);
      // Locked in id order, so two overlapping bulk requests queue up instead of deadlocking.
      const found: { id: string; key: number; status: OutcomeStatus }[] = await manager.query(
        'SELECT id, key, status FROM outcomes WHERE project_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE',
        [projectId, ids],
      );
      if (found.length !== ids.length) {
        const known = new Set(found.map((row) => row.id));
        throw outcomesNotInProject(ids.filter((id) => !known.has(id)));
      }
      // Merged outcomes and those that already have the value are left alone: no new version, no history entry.
      const changed = await updateReturning<{ id: string; from: string | null; to: string | null }>(
        manager,
        `UPDATE outcomes o SET ${change.column} = $2::${change.type}, version = o.version + 1, updated_at = now()
         FROM outcomes prev
         WHERE o.id = ANY($1::uuid[]) AND o.status <> 'merged' AND o.${change.column} IS DISTINCT FROM $2::${change.type} AND prev.id = o.id
         RETURNING o.id, prev.${change.column} AS "from", o.${change.column} AS "to"`,
        [ids, change.value],
      );
      await recordHistory(
        manager,
        changed.map((row) => ({
          outcomeId: row.id,
          projectId,
          actorId: caller.userId,
          action: change.action,
          changes: { [change.field]: { from: row.from, to: row.to } },
        })),
      );
      const changedIds = new Set(changed.map((row) => row.id));
      return {
        updated: changed.length,
        outcomes: await loadOutcomes(manager, [...changedIds]),
        skipped: found
          .filter((row) => !changedIds.has(row.id))
          .sort((a, b) => a.key - b.key)
          .map((row) => ({ outcomeId: row.id, key: outcomeKey(row.key), reason: row.status === 'merged' ? ('merged' as const) : ('unchanged' as const) })),
      };
    });
  }
}
