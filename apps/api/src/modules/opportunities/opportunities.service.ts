import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListOpportunitiesQuery, OpportunityLandscape, OpportunityLandscapeQuery } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import { csvRepresentation, jsonRepresentation, type Representation, type ResponseFormat } from '../../common/representation.js';
import type { Caller } from '../auth/caller.js';
import { outcomeKey } from '../outcomes/outcome.mapper.js';
import { AccessService } from '../workspaces/access.service.js';
import { backlogPage, filterBacklog, toOpportunityCsvRows, toOpportunityItems } from './opportunity-backlog.js';
import { opportunitiesToCsv } from './opportunity-csv.js';
import { rankOutcomeCounts, toScoreFields } from './opportunity-ranking.js';
import { segmentScope } from '../ratings/segment-filter.sql.js';
import { loadOutcomeCounts } from './outcome-counts.query.js';

/**
 * The backlog and the landscape. Both are computed from the ratings on every request (one aggregate query,
 * see buildOutcomeCountsQuery) and cached nowhere, so an ETag never outlives the data it was made from.
 */
@Injectable()
export class OpportunitiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /**
   * JSON: a page in rank order. CSV: every row of the filtered backlog (limit and cursor do not apply).
   * The chain (journeys, KPIs, solutions) is looked up after ranking and paging, for the rows sent only.
   */
  async backlog(caller: Caller, projectId: string, query: ListOpportunitiesQuery, format: ResponseFormat): Promise<Representation> {
    const segment = segmentScope(query.segment);
    await this.access.resource(caller, 'project', projectId, 'read');
    const counts = await loadOutcomeCounts(this.db, { projectId, segment, jobStepId: query.jobStepId });
    const { ranked, unrated } = rankOutcomeCounts(counts.outcomes);
    const rows = filterBacklog(ranked, query);
    if (format === 'csv') return csvRepresentation(opportunitiesToCsv(await toOpportunityCsvRows(this.db, projectId, rows)), `opportunities-${projectId}.csv`);
    const { page, nextCursor } = backlogPage(rows, query);
    return jsonRepresentation({ items: await toOpportunityItems(this.db, projectId, page), nextCursor, total: rows.length, unrated, respondents: counts.respondents });
  }

  async landscape(caller: Caller, projectId: string, query: OpportunityLandscapeQuery): Promise<Representation> {
    const segment = segmentScope(query.segment);
    await this.access.resource(caller, 'project', projectId, 'read');
    const counts = await loadOutcomeCounts(this.db, { projectId, segment, jobStepId: query.jobStepId });
    const { ranked, unrated } = rankOutcomeCounts(counts.outcomes);
    const landscape: OpportunityLandscape = {
      points: ranked.map((item) => ({
        outcomeId: item.id,
        key: outcomeKey(item.row.key),
        statement: item.row.statement,
        jobStepId: item.row.job_step_id,
        rank: item.rank,
        ...toScoreFields(item.score),
      })),
      unrated,
      respondents: counts.respondents,
    };
    return jsonRepresentation(landscape);
  }
}
