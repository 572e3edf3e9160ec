import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AtlasOpportunity, ControlCentre, OpportunityZoneName } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { loadKpiGlances } from '../kpis/kpi-glance.query.js';
import { byOpportunity, loadOpportunityGlances } from '../opportunities/opportunity-glance.query.js';
import { rankOutcomeCounts, type RankedOutcome } from '../opportunities/opportunity-ranking.js';
import { loadOutcomeCounts } from '../opportunities/outcome-counts.query.js';
import { outcomeKey } from '../outcomes/outcome.mapper.js';
import { AccessService } from '../workspaces/access.service.js';
import { kpiCards, touchpointsMissingTarget } from './evaluation-space.query.js';
import { loadJobStepCoverage, loadOutcomeStatusCounts, loadPersonaCoverage } from './problem-space.query.js';
import { loadLiveSolutionCounts, loadLiveSolutions, loadSolutionStatusCounts, type LiveSolutionRow } from './solution-space.query.js';

const TOP_OPPORTUNITIES = 10;
const TARGETED_SOLUTIONS = 20;
/** Zones that are opportunities (opportunity ≥ 10): the ones that deserve a solution. */
const OPPORTUNITY_ZONES: ReadonlySet<OpportunityZoneName> = new Set(['solid', 'high', 'extreme']);

const toAtlasOpportunity = (item: RankedOutcome): AtlasOpportunity => ({
  outcomeId: item.id,
  key: outcomeKey(item.row.key),
  statement: item.row.statement,
  status: 'accepted',
  opportunity: item.score.opportunity,
  zone: item.score.zone,
});

/**
 * Where a project stands, in one response: problem space, solution space, evaluation space and the gaps
 * between them. Every figure is one set-based statement over the project (about ten in all, whatever its
 * size), run one after the other so a dashboard request holds one pooled connection at a time.
 */
@Injectable()
export class ControlCentreService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async get(caller: Caller, projectId: string): Promise<ControlCentre> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const byPersona = await loadPersonaCoverage(this.db, projectId);
    const steps = await loadJobStepCoverage(this.db, projectId);
    const outcomesByStatus = await loadOutcomeStatusCounts(this.db, projectId);

    // Ranked over all respondents, as the backlog ranks without a segment.
    const { ranked } = rankOutcomeCounts((await loadOutcomeCounts(this.db, { projectId, segment: null })).outcomes);
    const top = ranked.slice(0, TOP_OPPORTUNITIES);
    const opportunities = ranked.filter((item) => OPPORTUNITY_ZONES.has(item.score.zone));
    const solutionCounts = await loadLiveSolutionCounts(this.db, projectId, [...top, ...opportunities].map((item) => item.id));

    const byStatus = await loadSolutionStatusCounts(this.db, projectId);
    const live = await loadLiveSolutions(this.db, projectId);
    const glances = await loadOpportunityGlances(this.db.manager, projectId, live.flatMap((solution) => solution.outcome_ids));

    const kpis = await loadKpiGlances(this.db.manager, 'k.project_id = $1', [projectId]);
    const missingTargets = await touchpointsMissingTarget(this.db, projectId, kpis);

    return {
      problem: {
        byPersona,
        byJobStep: steps.map(({ jobStepId, jobStep, highlights, outcomes }) => ({ jobStepId, jobStep, highlights, outcomes })),
        outcomesByStatus,
        topOpportunities: top.map((item) => ({ ...toAtlasOpportunity(item), solutionCount: solutionCounts.get(item.id) ?? 0 })),
      },
      solution: { byStatus, targeted: targetedSolutions(live, glances) },
      evaluation: kpiCards(kpis.map(({ glance }) => glance)),
      gaps: {
        opportunitiesWithoutSolution: opportunities.filter((item) => !solutionCounts.has(item.id)).map(toAtlasOpportunity),
        solutionsWithoutKpi: live.filter((solution) => solution.expected_kpi_id === null).map(({ id, title, status }) => ({ solutionId: id, title, status })),
        touchpointsMissingTarget: missingTargets,
        jobStepsWithoutEvidence: steps.flatMap((step) => (step.jobStepId !== null && step.jobStep !== null && step.evidencedOutcomes === 0 ? [{ jobStepId: step.jobStepId, name: step.jobStep }] : [])),
      },
    };
  }
}

/** Live solutions with their targets best first, the solutions ordered by their best target (untargeted last), at most 20. */
function targetedSolutions(live: readonly LiveSolutionRow[], glances: ReadonlyMap<string, AtlasOpportunity>): ControlCentre['solution']['targeted'] {
  const withTargets = live.map((solution) => ({
    solutionId: solution.id,
    title: solution.title,
    status: solution.status,
    outcomes: solution.outcome_ids.flatMap((id) => glances.get(id) ?? []).sort(byOpportunity),
  }));
  const best = (solution: (typeof withTargets)[number]) => solution.outcomes[0]?.opportunity ?? -1;
  // Array.prototype.sort is stable: equal best targets keep the newest-first order of `live`.
  return withTargets.sort((a, b) => best(b) - best(a)).slice(0, TARGETED_SOLUTIONS);
}
