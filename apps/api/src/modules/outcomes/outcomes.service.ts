import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListInterviewOutcomesQuery, ListProjectOutcomesQuery, Outcome, Page } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import { decodeCursor, isOffsetCursor, toPage } from '../../common/cursor.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { buildOutcomeListQuery } from './outcome-list-query.js';
import { loadOutcomes } from './outcome-loader.js';
import { OUTCOME_SELECT, toOutcome, type OutcomeRow } from './outcome.mapper.js';

@Injectable()
export class OutcomesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Outcomes with evidence in the interview, in the order their first quote appears, each with that interview's quotes. */
  async listForInterview(caller: Caller, interviewId: string, query: ListInterviewOutcomesQuery & { limit: number }): Promise<Page<Outcome>> {
    await this.access.resource(caller, 'interview', interviewId, 'read');
    const offset = decodeCursor(query.cursor, isOffsetCursor)?.o ?? 0;
    const rows: OutcomeRow[] = await this.db.query(
      `WITH here AS (
         SELECT e.outcome_id, min(e.start_offset) AS first_start,
           jsonb_agg(jsonb_build_object('id', e.id, 'interview_id', e.interview_id, 'start_offset', e.start_offset, 'end_offset', e.end_offset, 'quote', e.quote)
             ORDER BY e.start_offset) AS evidence
         FROM outcome_evidence e WHERE e.interview_id = $1 GROUP BY e.outcome_id)
       ${OUTCOME_SELECT}, here.evidence
       FROM here JOIN outcomes o ON o.id = here.outcome_id LEFT JOIN outcomes d ON d.id = o.possible_duplicate_of AND d.status <> 'merged'
       WHERE ($2::text IS NULL OR o.status = $2)
       ORDER BY here.first_start, o.key LIMIT $3 OFFSET $4`,
      [interviewId, query.status ?? null, query.limit + 1, offset],
    );
    return toPage(rows, query.limit, toOutcome, () => ({ o: offset + query.limit }));
  }

  /** A page of the project's outcomes, filtered and sorted (see buildOutcomeListQuery), each with all its evidence. */
  async listForProject(caller: Caller, projectId: string, query: ListProjectOutcomesQuery): Promise<Page<Outcome>> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const { sql, params } = buildOutcomeListQuery(projectId, query);
    const rows: (OutcomeRow & { sort_value: string })[] = await this.db.query(sql, params);
    return toPage(rows, query.limit, toOutcome, (row) => ({ s: query.sort, v: row.sort_value, k: row.key }));
  }

  async get(caller: Caller, outcomeId: string): Promise<Outcome> {
    await this.access.resource(caller, 'outcome', outcomeId, 'read');
    const [outcome] = await loadOutcomes(this.db, [outcomeId]);
    if (!outcome) throw notFound('outcome');
    return outcome;
  }
}
