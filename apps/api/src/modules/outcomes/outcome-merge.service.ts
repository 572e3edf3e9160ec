import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MergeOutcomeRequest, MergeOutcomeResponse, Outcome, UnmergeOutcomeRequest, UnmergeOutcomeResponse } from '@outcome-atlas/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import { updateReturning } from '../../database/update-returning.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { recordHistory } from './outcome-history.js';
import { loadOutcomes } from './outcome-loader.js';
import { moveChainLinks, returnChainLinks } from './merge-chain-links.js';
import { mergeAcrossProjects, mergeCycle, mergeIntoSelf, mergeTargetMerged, outcomeMerged, outcomeNotMerged, staleVersion } from './outcomes.errors.js';

type LockedOutcome = { id: string; status: Outcome['status']; version: number };
type MergeRecord = {
  id: string;
  into_id: string | null;
  moved_evidence_ids: string[];
  moved_rating_slots: number[];
  moved_journey_link_ids: string[];
  moved_kpi_ids: string[];
  moved_solution_ids: string[];
  previous_status: Outcome['status'];
};

/**
 * Merging one outcome into another and undoing it. A merge moves the merged outcome's evidence rows (not
 * copies) and writes an `outcome_merges` record naming exactly the rows it moved; undoing it moves those
 * rows back if they are still on the target, so evidence the target had or gained otherwise stays. Ratings
 * follow the same pattern, recorded by respondent slot (answers are packed per outcome, indexed by slot).
 */
@Injectable()
export class OutcomeMergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async merge(caller: Caller, outcomeId: string, request: MergeOutcomeRequest): Promise<MergeOutcomeResponse> {
    const { projectId } = await this.access.resource(caller, 'outcome', outcomeId, 'write');
    const intoId = request.intoOutcomeId;
    if (intoId === outcomeId) throw mergeIntoSelf();
    const target = await this.access.resource(caller, 'outcome', intoId, 'write');
    if (target.projectId !== projectId) throw mergeAcrossProjects();
    return this.db.transaction(async (manager) => {
      const locked = await lockOutcomes(manager, [outcomeId, intoId]);
      const source = locked.get(outcomeId);
      const into = locked.get(intoId);
      if (!source || !into) throw notFound('outcome');
      if (source.status === 'merged') throw outcomeMerged();
      if (into.status === 'merged') throw (await leadsTo(manager, intoId, outcomeId)) ? mergeCycle() : mergeTargetMerged();
      if (source.version !== request.version) throw staleVersion((await loadOutcomes(manager, [outcomeId]))[0]!);

      // Spans the target already quotes stay on the merged outcome: the unique key forbids a second copy.
      const moved = await updateReturning<{ id: string }>(
        manager,
        `UPDATE outcome_evidence e SET outcome_id = $2 WHERE e.outcome_id = $1
           AND NOT EXISTS (SELECT 1 FROM outcome_evidence t
             WHERE t.outcome_id = $2 AND t.interview_id = e.interview_id AND t.start_offset = e.start_offset AND t.end_offset = e.end_offset)
         RETURNING e.id`,
        [outcomeId, intoId],
      );
      const movedIds = moved.map((row) => row.id);
      // Likewise a respondent who rated both keeps the merged outcome's rating where it is: one rating per outcome.
      const movedSlots = await moveRatings(manager, projectId, outcomeId, intoId);
      const movedLinks = await moveChainLinks(manager, outcomeId, intoId);
      await manager.query(
        `UPDATE outcomes SET status = 'merged', merged_into_id = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [outcomeId, intoId],
      );
      await manager.query('UPDATE outcomes SET version = version + 1, updated_at = now() WHERE id = $1', [intoId]);
      await manager.query(
        `INSERT INTO outcome_merges (outcome_id, into_id, moved_evidence_ids, moved_rating_slots, moved_journey_link_ids, moved_kpi_ids, moved_solution_ids,
           previous_status, merged_by)
         VALUES ($1, $2, $3::uuid[], $4::int[], $5::uuid[], $6::uuid[], $7::uuid[], $8, $9)`,
        [
          outcomeId, intoId, movedIds, movedSlots, movedLinks.journeyLinkIds, movedLinks.kpiIds, movedLinks.solutionIds,
          source.status, caller.userId,
        ],
      );
      const [after, mergedOrNull] = await loadPair(manager, intoId, outcomeId);
      const merged = mergedOrNull!;
      const evidenceCount = (outcome: Outcome, change: number) => ({ from: outcome.evidence.length - change, to: outcome.evidence.length });
      await recordHistory(manager, [
        {
          outcomeId,
          projectId,
          actorId: caller.userId,
          action: 'merged_into',
          changes: { status: { from: source.status, to: 'merged' }, mergedInto: { from: null, to: ref(after) }, evidenceCount: evidenceCount(merged, -movedIds.length) },
        },
        { outcomeId: intoId, projectId, actorId: caller.userId, action: 'merged_from', changes: { mergedFrom: { from: null, to: ref(merged) }, evidenceCount: evidenceCount(after, movedIds.length) } },
      ]);
      return { outcome: after, merged };
    });
  }

  async unmerge(caller: Caller, outcomeId: string, request: UnmergeOutcomeRequest): Promise<UnmergeOutcomeResponse> {
    const { projectId } = await this.access.resource(caller, 'outcome', outcomeId, 'write');
    return this.db.transaction(async (manager) => {
      // Read first to learn the target, then lock both outcomes in id order (as a merge does, so the two
      // cannot deadlock) and read again: every change to an outcome's merges happens under its lock.
      const peek = await activeMerge(manager, outcomeId);
      const locked = await lockOutcomes(manager, peek?.into_id ? [outcomeId, peek.into_id] : [outcomeId]);
      const source = locked.get(outcomeId);
      if (!source) throw notFound('outcome');
      const merge = await activeMerge(manager, outcomeId);
      if (source.status !== 'merged' || !merge) throw outcomeNotMerged();
      if (source.version !== request.version || merge.into_id !== (peek?.into_id ?? null)) {
        throw staleVersion((await loadOutcomes(manager, [outcomeId]))[0]!);
      }
      const intoId = merge.into_id;
      const [before] = intoId ? await loadOutcomes(manager, [intoId]) : [];
      const returned = intoId
        ? await updateReturning<{ id: string }>(
            manager,
            'UPDATE outcome_evidence SET outcome_id = $1 WHERE id = ANY($2::uuid[]) AND outcome_id = $3 RETURNING id',
            [outcomeId, merge.moved_evidence_ids, intoId],
          )
        : [];
      if (intoId) {
        // The moved slots go back with whatever the target now holds there (as in a merge, their respondents first).
        await lockRespondentsAt(manager, projectId, merge.moved_rating_slots);
        await manager.query('SELECT move_answers($1, $2, $3::int[])', [intoId, outcomeId, merge.moved_rating_slots]);
        await returnChainLinks(manager, outcomeId, intoId, {
          journeyLinkIds: merge.moved_journey_link_ids,
          kpiIds: merge.moved_kpi_ids,
          solutionIds: merge.moved_solution_ids,
        });
      }
      await manager.query(
        'UPDATE outcomes SET status = $2, merged_into_id = NULL, version = version + 1, updated_at = now() WHERE id = $1',
        [outcomeId, merge.previous_status],
      );
      if (intoId) await manager.query('UPDATE outcomes SET version = version + 1, updated_at = now() WHERE id = $1', [intoId]);
      await manager.query('UPDATE outcome_merges SET undone_at = now(), undone_by = $2 WHERE id = $1', [merge.id, caller.userId]);

      const [restored, from] = await loadPair(manager, outcomeId, intoId);
      const returnedIds = new Set(returned.map((row) => row.id));
      const count = (outcome: Outcome, change: number) => ({ from: outcome.evidence.length - change, to: outcome.evidence.length });
      await recordHistory(manager, [
        {
          outcomeId,
          projectId,
          actorId: caller.userId,
          action: 'unmerged',
          changes: {
            status: { from: 'merged', to: merge.previous_status },
            mergedInto: { from: before ? ref(before) : null, to: null },
            evidenceCount: count(restored, returnedIds.size),
          },
        },
        ...(from
          ? [{ outcomeId: from.id, projectId, actorId: caller.userId, action: 'unmerged' as const, changes: { mergedFrom: { from: ref(restored), to: null }, evidenceCount: count(from, -returnedIds.size) } }]
          : []),
      ]);
      return { outcome: restored, from, evidenceNotReturned: merge.moved_evidence_ids.filter((id) => !returnedIds.has(id)) };
    });
  }
}

const ref = (outcome: Outcome) => ({ outcomeId: outcome.id, key: outcome.key });

/** Locked in id order, so that merges and undos touching the same outcomes queue up instead of deadlocking. */
async function lockOutcomes(manager: EntityManager, ids: string[]): Promise<Map<string, LockedOutcome>> {
  const rows: LockedOutcome[] = await manager.query('SELECT id, status, version FROM outcomes WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Moves `fromId`'s ratings at the slots `intoId` has none at (of respondents that exist) and returns those slots.
 * Both outcomes are locked FOR UPDATE, which keeps rating writers out. The moving slots' respondents are KEY SHARE
 * locked first: a respondent delete blanks its slot only in the rows its snapshot shows answered there, so one
 * running alongside the move could miss the answer's new place; it waits for this transaction instead.
 */
async function moveRatings(manager: EntityManager, projectId: string, fromId: string, intoId: string): Promise<number[]> {
  const rows: { slot: number }[] = await manager.query(
    `SELECT r.slot FROM respondents r
     WHERE r.project_id = $1 AND r.slot IN (
       SELECT g.slot FROM outcome_answers f CROSS JOIN generate_series(1, length(f.sources)) g(slot)
       LEFT JOIN outcome_answers t ON t.outcome_id = $3
       WHERE f.outcome_id = $2 AND slot_char(f.sources, g.slot) <> '0' AND slot_char(t.sources, g.slot) = '0')
     ORDER BY r.slot FOR KEY SHARE OF r`,
    [projectId, fromId, intoId],
  );
  const slots = rows.map((row) => row.slot);
  await manager.query('SELECT move_answers($1, $2, $3::int[])', [fromId, intoId, slots]);
  return slots;
}

/** KEY SHARE locks the respondents at `slots` (see moveRatings). */
async function lockRespondentsAt(manager: EntityManager, projectId: string, slots: number[]): Promise<void> {
  await manager.query('SELECT 1 FROM respondents WHERE project_id = $1 AND slot = ANY($2::int[]) ORDER BY slot FOR KEY SHARE', [projectId, slots]);
}

async function activeMerge(manager: EntityManager, outcomeId: string): Promise<MergeRecord | undefined> {
  const rows: MergeRecord[] = await manager.query(
    `SELECT id, into_id, moved_evidence_ids, moved_rating_slots, moved_journey_link_ids, moved_kpi_ids, moved_solution_ids, previous_status
     FROM outcome_merges WHERE outcome_id = $1 AND undone_at IS NULL`,
    [outcomeId],
  );
  return rows[0];
}

/** Whether following merged_into_id pointers from `fromId` reaches `toId` (the chain is short: targets are never merged when chosen). */
async function leadsTo(manager: EntityManager, fromId: string, toId: string): Promise<boolean> {
  const rows: { found: boolean }[] = await manager.query(
    `WITH RECURSIVE chain (id, depth) AS (
       SELECT merged_into_id, 1 FROM outcomes WHERE id = $1
       UNION ALL SELECT o.merged_into_id, chain.depth + 1 FROM chain JOIN outcomes o ON o.id = chain.id WHERE chain.depth < 100)
     SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2) AS found`,
    [fromId, toId],
  );
  return rows[0]?.found ?? false;
}

/** Two outcomes in one query; the second is null when its id is (or it no longer exists). */
async function loadPair(manager: EntityManager, firstId: string, secondId: string | null): Promise<[Outcome, Outcome | null]> {
  const outcomes = await loadOutcomes(manager, secondId ? [firstId, secondId] : [firstId]);
  return [outcomes.find((outcome) => outcome.id === firstId)!, outcomes.find((outcome) => outcome.id === secondId) ?? null];
}
