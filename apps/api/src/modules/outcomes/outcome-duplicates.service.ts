import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MAX_DUPLICATE_CANDIDATES, type ListOutcomeDuplicatesQuery, type OutcomeDuplicates, type OutcomeStatus } from '@outcome-atlas/contracts';
import { findDuplicateGroups } from '@outcome-atlas/domain';
import { DataSource } from 'typeorm';
import { iso } from '../../common/iso.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { outcomeKey } from './outcome.mapper.js';

type CandidateRow = { id: string; key: number; statement: string; status: OutcomeStatus; updated_at: Date };

/** Proposes merges: groups of a project's live outcomes whose statements say the same thing. */
@Injectable()
export class OutcomeDuplicatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /**
   * Compares the proposed and accepted outcomes (merged ones are already handled, rejected ones are not worth
   * merging) in memory with `findDuplicateGroups`, which indexes words so unrelated statements are never
   * compared; capped so one request stays well under a second, and the response says when it was.
   */
  async find(caller: Caller, projectId: string, query: ListOutcomeDuplicatesQuery): Promise<OutcomeDuplicates> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const rows: CandidateRow[] = await this.db.query(
      `SELECT id, key, statement, status, updated_at FROM outcomes WHERE project_id = $1 AND status IN ('proposed', 'accepted') ORDER BY key LIMIT $2`,
      [projectId, MAX_DUPLICATE_CANDIDATES + 1],
    );
    const candidates = rows.slice(0, MAX_DUPLICATE_CANDIDATES);
    const byId = new Map(candidates.map((row) => [row.id, row]));
    const groups = findDuplicateGroups(
      candidates.map((row) => ({ id: row.id, text: row.statement })),
      query.threshold,
    );
    return {
      threshold: query.threshold,
      groups: groups.map((group) => ({
        outcomes: group.ids
          .map((id) => byId.get(id)!)
          .sort((a, b) => a.key - b.key)
          .map((row) => ({ outcomeId: row.id, key: outcomeKey(row.key), statement: row.statement, status: row.status, updatedAt: iso(row.updated_at) })),
        minSimilarity: group.minSimilarity,
        maxSimilarity: group.maxSimilarity,
        pairs: group.pairs,
      })),
      compared: candidates.length,
      truncated: rows.length > MAX_DUPLICATE_CANDIDATES,
    };
  }
}
