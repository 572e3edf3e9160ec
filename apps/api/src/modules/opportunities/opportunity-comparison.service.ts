import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompareOpportunitiesQuery, OpportunityComparison } from '@outcome-atlas/contracts';
import { compareSegments } from '@outcome-atlas/domain';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { outcomeKey } from '../outcomes/outcome.mapper.js';
import { AccessService } from '../workspaces/access.service.js';
import { ratedCountsById, toScoreFields } from './opportunity-ranking.js';
import { segmentScope } from '../ratings/segment-filter.sql.js';
import { loadOutcomeCounts } from './outcome-counts.query.js';

@Injectable()
export class OpportunityComparisonService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Both segments' counts (two aggregate queries, run side by side), compared outcome by outcome; largest opportunity gap first. */
  async compare(caller: Caller, projectId: string, query: CompareOpportunitiesQuery): Promise<OpportunityComparison> {
    const segmentA = segmentScope(query.a, 'a');
    const segmentB = segmentScope(query.b, 'b');
    await this.access.resource(caller, 'project', projectId, 'read');
    const [a, b] = await Promise.all([
      loadOutcomeCounts(this.db, { projectId, segment: segmentA, jobStepId: query.jobStepId }),
      loadOutcomeCounts(this.db, { projectId, segment: segmentB, jobStepId: query.jobStepId }),
    ]);
    // Both lists hold every accepted outcome of the scope (answered or not), so each compared id is in one of them.
    const outcomes = new Map([...b.outcomes, ...a.outcomes].map((row) => [row.id, row]));
    const comparison = compareSegments(ratedCountsById(a.outcomes), ratedCountsById(b.outcomes), { alpha: query.alpha });
    // compareSegments lists by id; the stable sort keeps that order among equal gaps.
    const byGap = [...comparison.outcomes].sort((left, right) => Math.abs(right.difference.opportunity) - Math.abs(left.difference.opportunity));
    return {
      a: { segment: query.a, respondents: a.respondents },
      b: { segment: query.b, respondents: b.respondents },
      alpha: query.alpha,
      outcomes: byGap.map((item) => {
        const row = outcomes.get(item.outcomeId);
        return {
          outcomeId: item.outcomeId,
          key: row ? outcomeKey(row.key) : '',
          statement: row?.statement ?? '',
          a: toScoreFields(item.a),
          b: toScoreFields(item.b),
          difference: item.difference,
          importance: item.importance,
          satisfaction: item.satisfaction,
        };
      }),
      onlyInA: comparison.onlyInA,
      onlyInB: comparison.onlyInB,
    };
  }
}
