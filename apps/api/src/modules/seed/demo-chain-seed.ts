import type { EntityManager } from 'typeorm';
import { DEMO_JOURNEY, DEMO_KPIS, DEMO_MONTHS, DEMO_SOLUTIONS } from './demo-chain.js';

type Ids = Map<string, string>;

/**
 * The demo journey, KPIs and solutions (see demo-chain.ts), linked to the seeded outcomes (in
 * DEMO_OUTCOMES order) and to the demo highlights by their quotes.
 */
export async function seedDemoChain(manager: EntityManager, projectId: string, userId: string, outcomeIds: readonly string[]): Promise<void> {
  const outcome = (index: number) => {
    const id = outcomeIds[index];
    if (!id) throw new Error(`Demo chain names outcome #${index}, which the survey did not seed`);
    return id;
  };
  const { journeyId, touchpoints } = await insertJourney(manager, projectId, userId, outcome);
  const kpis = await insertKpis(manager, projectId, userId, journeyId, touchpoints, outcome);
  for (const solution of DEMO_SOLUTIONS) {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO solutions (project_id, title, description, hypothesis, status, ship_date, expected_kpi_id, expected_direction, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [projectId, solution.title, solution.description, solution.hypothesis, solution.status, solution.shipDate, solution.kpi ? kpis.get(solution.kpi) : null, solution.direction, userId],
    );
    await manager.query('INSERT INTO solution_outcomes (solution_id, outcome_id) SELECT $1, unnest($2::uuid[])', [row!.id, solution.outcomes.map(outcome)]);
  }
}

async function insertJourney(manager: EntityManager, projectId: string, userId: string, outcome: (index: number) => string): Promise<{ journeyId: string; touchpoints: Ids }> {
  const [journey]: { id: string }[] = await manager.query(
    `INSERT INTO journeys (project_id, persona_id, name, description, created_by)
     SELECT $1, (SELECT id FROM personas WHERE project_id = $1 AND name = $2), $3, $4, $5 RETURNING id`,
    [projectId, DEMO_JOURNEY.persona, DEMO_JOURNEY.name, DEMO_JOURNEY.description, userId],
  );
  const journeyId = journey!.id;
  const highlights: { id: string; quote: string }[] = await manager.query(
    'SELECT h.id, h.quote FROM highlights h JOIN interviews i ON i.id = h.interview_id WHERE i.project_id = $1',
    [projectId],
  );
  const touchpoints: Ids = new Map();
  for (const [stagePosition, stage] of DEMO_JOURNEY.stages.entries()) {
    const [stageRow]: { id: string }[] = await manager.query('INSERT INTO journey_stages (journey_id, name, position) VALUES ($1, $2, $3) RETURNING id', [
      journeyId,
      stage.name,
      stagePosition,
    ]);
    for (const [position, touchpoint] of stage.touchpoints.entries()) {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO touchpoints (journey_id, stage_id, name, channel, owner_team, description, cx_level, expectation, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [journeyId, stageRow!.id, touchpoint.name, touchpoint.channel, touchpoint.ownerTeam, touchpoint.description, touchpoint.cxLevel, touchpoint.expectation, position],
      );
      touchpoints.set(touchpoint.name, row!.id);
      await manager.query(
        'INSERT INTO journey_outcome_links (outcome_id, journey_id, stage_id, touchpoint_id) SELECT unnest($1::uuid[]), $2, $3, $4',
        [touchpoint.outcomes.map(outcome), journeyId, stageRow!.id, row!.id],
      );
      const quoteIds = touchpoint.quotes.map((quote) => {
        const highlight = highlights.find((candidate) => candidate.quote === quote);
        if (!highlight) throw new Error(`Demo chain quote is not a demo highlight: ${quote}`);
        return highlight.id;
      });
      await manager.query('INSERT INTO touchpoint_highlights (touchpoint_id, highlight_id) SELECT $1, unnest($2::uuid[])', [row!.id, quoteIds]);
    }
  }
  return { journeyId, touchpoints };
}

async function insertKpis(manager: EntityManager, projectId: string, userId: string, journeyId: string, touchpoints: Ids, outcome: (index: number) => string): Promise<Ids> {
  const ids: Ids = new Map();
  for (const kpi of DEMO_KPIS) {
    const touchpointId = kpi.attachTo && 'touchpoint' in kpi.attachTo ? touchpoints.get(kpi.attachTo.touchpoint) : null;
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO kpis (project_id, name, type, level, unit, scale, higher_is_better, target, journey_id, touchpoint_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [projectId, kpi.name, kpi.type, kpi.level, kpi.unit, kpi.scale, kpi.higherIsBetter, kpi.target, kpi.attachTo && 'journey' in kpi.attachTo ? journeyId : null, touchpointId ?? null, userId],
    );
    ids.set(kpi.key, row!.id);
    await manager.query('INSERT INTO kpi_outcomes (kpi_id, outcome_id) SELECT $1, unnest($2::uuid[])', [row!.id, kpi.outcomes.map(outcome)]);
    const measurements = DEMO_MONTHS.map((month, index) => ({ ...monthPeriod(month), ...demoMeasurement(kpi, index) }));
    await manager.query(
      `INSERT INTO kpi_measurements (kpi_id, period_start, period_end, value, sample_size, source, inputs, created_by)
       SELECT $1, m.period_start, m.period_end, m.value, m.sample_size, m.source, m.inputs, $3
       FROM jsonb_to_recordset($2::jsonb) AS m(period_start date, period_end date, value double precision, sample_size integer, source text, inputs jsonb)`,
      [row!.id, JSON.stringify(measurements), userId],
    );
  }
  return ids;
}

type DemoKpi = (typeof DEMO_KPIS)[number];

/** A month's value: computed from the kept answer counts (CSAT, NPS) or entered. */
function demoMeasurement(kpi: DemoKpi, index: number) {
  if ('counts' in kpi && kpi.type === 'csat') {
    const { satisfied, n } = kpi.counts[index]!;
    return { value: (100 * satisfied) / n, sample_size: n, source: 'computed', inputs: { satisfied, n } };
  }
  if ('counts' in kpi && kpi.type === 'nps') {
    const { promoters, passives, detractors } = kpi.counts[index]!;
    const n = promoters + passives + detractors;
    return { value: (100 * (promoters - detractors)) / n, sample_size: n, source: 'computed', inputs: { promoters, passives, detractors, n } };
  }
  if ('values' in kpi) return { value: kpi.values[index]!, sample_size: null, source: 'entered', inputs: null };
  throw new Error('A demo KPI has neither counts nor values');
}

function monthPeriod(month: string): { period_start: string; period_end: string } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { period_start: `${month}-01`, period_end: `${month}-${String(lastDay).padStart(2, '0')}` };
}
