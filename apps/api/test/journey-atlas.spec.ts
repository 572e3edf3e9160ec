import { journeyAtlasSchema, PAIN_THRESHOLD, type AtlasTouchpoint, type JourneyAtlas } from '@outcome-atlas/contracts';
import { PAIN_OPPORTUNITY_THRESHOLD } from '@outcome-atlas/domain';
import { DataSource } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { insertKpi, journeyWorkspace, sqlOf, type JourneyWorkspace } from './journeys-fixture.js';
import { answersOf, createRespondents, upsertRatings } from './ratings-fixture.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();
const sql = sqlOf(ctx);

const LINES = [
  'Matching invoices to purchase orders takes two days.',
  'I keep a spreadsheet of the open ones.',
  'The bank feed breaks every month and nobody answers the phone.',
  'I would pay for statements that just show up.',
  'Approvals wait in somebody\u2019s inbox for a week.',
  'The auditors ask the same questions every year.',
  'Month end is the worst three days of my life.',
];

const five = (n: number) => Array(n).fill(5);
const two = (n: number) => Array(n).fill(2);
const one = (n: number) => Array(n).fill(1);

/**
 * Ten respondents rate four outcomes (importance = 10 × share of 4–5 answers, likewise satisfaction;
 * opportunity = importance + max(importance − satisfaction, 0)):
 *
 * | outcome        | importance 4–5 | satisfaction 4–5 | opportunity        | zone       |
 * |----------------|----------------|------------------|--------------------|------------|
 * | X (accepted)   | 6 of 10 → 6    | 0 of 10 → 0      | 6 + 6 = 12         | high       |
 * | Y (accepted)   | 8 of 10 → 8    | 6 of 10 → 6      | 8 + 2 = 10         | solid      |
 * | Z (accepted)   | 3 of 10 → 3    | 9 of 10 → 9      | 3 + 0 = 3          | overserved |
 * | P (proposed)   | 10 of 10 → 10  | 0 of 10 → 0      | 10 + 10 = 20       | extreme    |
 * | W (accepted)   | nobody rated it                     | null               | null       |
 *
 * M (accepted) is linked to Approvals and then merged into X: its place moves to X, and M itself is left out.
 */
const RATINGS = [
  answersOf([...five(6), ...two(4)], one(10)),
  answersOf([...five(8), ...two(2)], [...five(6), ...two(4)]),
  answersOf([...five(3), ...two(7)], [...five(9), 1]),
  answersOf(five(10), one(10)),
];

async function ratedOutcomes(fx: JourneyWorkspace) {
  const x = await fx.createOutcome('Minimize the time it takes to match invoices with purchase orders');
  const y = await fx.createOutcome('Minimize the likelihood of a broken bank feed');
  const z = await fx.createOutcome('Minimize the effort it takes to print the monthly report');
  const p = await fx.createOutcome('Minimize the time it takes to chase an approver');
  const w = await fx.createOutcome('Minimize the number of questions the auditors ask twice');
  const m = await fx.createOutcome('Minimize the time it takes to match an invoice with its order');
  await fx.accept([x.id, y.id, z.id, w.id, m.id]);
  const respondents = await createRespondents(
    ctx.client,
    fx.owner.token,
    fx.projectId,
    Array.from({ length: 10 }, (_, i) => ({ externalId: `R${i + 1}`, segment: null })),
  );
  await upsertRatings(ctx.client, fx.owner.token, fx.projectId, [x.id, y.id, z.id, p.id], respondents, RATINGS);
  return { x, y, z, p, w, m };
}

const link = (fx: JourneyWorkspace, url: string, body: object) => fx.expectStatus(204, 'POST', url, body);
const summary = (touchpoint: AtlasTouchpoint) => ({
  name: touchpoint.name,
  opportunities: touchpoint.opportunities.map((o) => [o.key, o.status, o.opportunity, o.zone]),
  kpis: touchpoint.kpis.map((k) => [k.name, k.latest, k.target, k.status]),
  quotes: touchpoint.quotes.map((q) => q.quote),
  quoteCount: touchpoint.quoteCount,
  pain: touchpoint.pain,
});

describe('GET /journeys/:id (the atlas)', () => {
  it('shows linked opportunities by zone, KPIs against target, the newest quotes and pain markers', async () => {
    const fx = await journeyWorkspace(ctx);
    const { x, y, z, p, w, m } = await ratedOutcomes(fx);
    const journey = await fx.createJourney({ name: 'Close the month', stages: ['Discover', 'Buy'] });
    const [discover, buy] = journey.stages as { id: string }[];
    const bankFeed = await fx.createTouchpoint(discover!.id, { name: 'Bank feed' });
    const matching = await fx.createTouchpoint(discover!.id, { name: 'Invoice matching' });
    const approvals = await fx.createTouchpoint(buy!.id, { name: 'Approvals', channel: 'email' });
    const highlights = await fx.createHighlights(LINES);
    for (const highlightId of highlights) await link(fx, `/api/v1/touchpoints/${bankFeed.id}/highlights`, { highlightId });
    await link(fx, `/api/v1/touchpoints/${matching.id}/highlights`, { highlightId: highlights[0] });
    await link(fx, `/api/v1/touchpoints/${bankFeed.id}/outcomes`, { outcomeId: y.id });
    await link(fx, `/api/v1/touchpoints/${bankFeed.id}/outcomes`, { outcomeId: x.id });
    await link(fx, `/api/v1/touchpoints/${matching.id}/outcomes`, { outcomeId: y.id });
    await link(fx, `/api/v1/touchpoints/${matching.id}/outcomes`, { outcomeId: p.id });
    await link(fx, `/api/v1/touchpoints/${approvals.id}/outcomes`, { outcomeId: w.id });
    await link(fx, `/api/v1/touchpoints/${approvals.id}/outcomes`, { outcomeId: z.id });
    await link(fx, `/api/v1/touchpoints/${approvals.id}/outcomes`, { outcomeId: m.id });
    await link(fx, `/api/v1/stages/${buy!.id}/outcomes`, { outcomeId: z.id });
    const version = (await fx.expectStatus(200, 'GET', `/api/v1/outcomes/${m.id}`)).version;
    await fx.expectStatus(200, 'POST', `/api/v1/outcomes/${m.id}/merge`, { intoOutcomeId: x.id, version });

    await insertKpi(sql, { projectId: fx.projectId, name: 'Time to value (days)', target: 30, higherIsBetter: false, journeyId: journey.id }, [40, 35, 28]);
    await insertKpi(sql, { projectId: fx.projectId, name: 'Task completion', target: 90, stageId: discover!.id }, []);
    await insertKpi(sql, { projectId: fx.projectId, name: 'Matching CSAT', target: 80, touchpointId: matching.id }, [85, 75]);
    await insertKpi(sql, { projectId: fx.projectId, name: 'Approval effort', target: 2, higherIsBetter: false, touchpointId: approvals.id }, [2.4, 1.8]);
    await insertKpi(sql, { projectId: fx.projectId, name: 'Approver NPS', target: null, touchpointId: approvals.id }, [12]);
    await insertKpi(sql, { projectId: fx.projectId, name: 'Relationship NPS', target: 30 }, [10]);

    const response = await fx.call('GET', `/api/v1/journeys/${journey.id}`);
    expect(response.status).toBe(200);
    const atlas = journeyAtlasSchema.parse(response.body);
    expect(atlas).toMatchObject({ id: journey.id, name: 'Close the month', stageCount: 2, touchpointCount: 3 });
    expect(atlas.kpis).toEqual([
      {
        kpiId: expect.any(String),
        name: 'Time to value (days)',
        type: 'csat',
        unit: '%',
        higherIsBetter: false,
        target: 30,
        latest: 28,
        status: 'meets',
        trend: [
          { periodEnd: '2026-01-30', value: 40 },
          { periodEnd: '2026-03-01', value: 35 },
          { periodEnd: '2026-03-31', value: 28 },
        ],
      },
    ]);
    const [first, second] = atlas.stages;
    expect(first).toMatchObject({ name: 'Discover', opportunities: [], kpis: [{ name: 'Task completion', latest: null, status: 'no-data', trend: [] }] });
    expect(first!.touchpoints.map(summary)).toEqual([
      {
        name: 'Bank feed',
        opportunities: [
          [x.key, 'accepted', 12, 'high'],
          [y.key, 'accepted', 10, 'solid'],
        ],
        kpis: [],
        quotes: [...LINES].reverse().slice(0, 5),
        quoteCount: 7,
        pain: { marked: true, bestOpportunity: 12, reasons: ['opportunity'] },
      },
      {
        name: 'Invoice matching',
        opportunities: [
          [p.key, 'proposed', 20, 'extreme'],
          [y.key, 'accepted', 10, 'solid'],
        ],
        kpis: [['Matching CSAT', 75, 80, 'misses']],
        quotes: [LINES[0]],
        quoteCount: 1,
        // The proposed outcome is shown but not vetted: only accepted ones count towards pain.
        pain: { marked: true, bestOpportunity: 10, reasons: ['kpi'] },
      },
    ]);
    expect(second).toMatchObject({ name: 'Buy', kpis: [] });
    expect(second!.opportunities.map((o) => [o.key, o.opportunity, o.zone])).toEqual([[z.key, 3, 'overserved']]);
    expect(second!.touchpoints.map(summary)).toEqual([
      {
        name: 'Approvals',
        opportunities: [
          [x.key, 'accepted', 12, 'high'],
          [z.key, 'accepted', 3, 'overserved'],
          [w.key, 'accepted', null, null],
        ],
        kpis: [
          ['Approval effort', 1.8, 2, 'meets'],
          ['Approver NPS', 12, null, 'no-target'],
        ],
        quotes: [],
        quoteCount: 0,
        pain: { marked: true, bestOpportunity: 12, reasons: ['opportunity'] },
      },
    ]);
    expect(first!.touchpoints[0]!.quotes[0]).toEqual({ highlightId: highlights[6], interviewId: expect.any(String), interviewTitle: 'Priya, AP clerk', quote: LINES[6] });
    expect(PAIN_OPPORTUNITY_THRESHOLD).toBe(PAIN_THRESHOLD);
  });
});

/** Every statement the app sends through TypeORM while `run` runs. */
async function statementsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const logger = ctx.app.get(DataSource).logger;
  const spy = vi.spyOn(logger, 'logQuery');
  try {
    await run();
    return spy.mock.calls.map(([query]) => query.replace(/\s+/g, ' ').slice(0, 80));
  } finally {
    spy.mockRestore();
  }
}

describe('atlas size', () => {
  it('draws 20 stages × 200 touchpoints quickly, in as many statements as a 2-touchpoint journey', async () => {
    const fx = await journeyWorkspace(ctx);
    const { x, y, z } = await ratedOutcomes(fx);
    const highlights = await fx.createHighlights(LINES);

    const small = await fx.createJourney({ name: 'Small', stages: ['Only'] });
    const only = small.stages[0].id as string;
    const one = await fx.createTouchpoint(only, { name: 'One' });
    await fx.createTouchpoint(only, { name: 'Two' });
    await link(fx, `/api/v1/touchpoints/${one.id}/outcomes`, { outcomeId: x.id });
    await link(fx, `/api/v1/touchpoints/${one.id}/highlights`, { highlightId: highlights[0] });
    await insertKpi(sql, { projectId: fx.projectId, name: 'Small CSAT', target: 80, touchpointId: one.id }, [70]);

    const big = await fx.createJourney({ name: 'Big', stages: Array.from({ length: 20 }, (_, i) => `Stage ${i + 1}`) });
    await sql(
      `INSERT INTO touchpoints (journey_id, stage_id, name, channel, position)
       SELECT s.journey_id, s.id, 'Touchpoint ' || (s.position + 1) || '.' || (g + 1), 'web', g
       FROM journey_stages s CROSS JOIN generate_series(0, 199) g WHERE s.journey_id = $1`,
      [big.id],
    );
    // Every 10th touchpoint shows X, Y or Z (400 links), every stage Z as a whole (20 more).
    await sql(
      `INSERT INTO journey_outcome_links (outcome_id, journey_id, stage_id, touchpoint_id)
       SELECT ($2::uuid[])[t.position / 10 % 3 + 1], t.journey_id, t.stage_id, t.id FROM touchpoints t WHERE t.journey_id = $1 AND t.position % 10 = 0
       UNION ALL SELECT $3, s.journey_id, s.id, NULL FROM journey_stages s WHERE s.journey_id = $1`,
      [big.id, [x.id, y.id, z.id], z.id],
    );
    // Every 4th touchpoint has all seven quotes (7,000 links).
    await sql(
      `INSERT INTO touchpoint_highlights (touchpoint_id, highlight_id)
       SELECT t.id, h FROM touchpoints t CROSS JOIN unnest($2::uuid[]) h WHERE t.journey_id = $1 AND t.position % 4 = 0`,
      [big.id, highlights],
    );
    // Every 20th touchpoint has a CSAT with 14 months of data, latest 83: target 80 meets, target 90 (every 40th) misses.
    await sql(
      `WITH k AS (
         INSERT INTO kpis (project_id, name, type, level, unit, higher_is_better, target, touchpoint_id)
         SELECT $2, 'CSAT ' || t.name, 'csat', 'touchpoint', '%', true, CASE WHEN t.position % 40 = 0 THEN 90 ELSE 80 END, t.id
         FROM touchpoints t WHERE t.journey_id = $1 AND t.position % 20 = 0 RETURNING id)
       INSERT INTO kpi_measurements (kpi_id, period_start, period_end, value, source)
       SELECT k.id, date '2025-01-01' + m * 31, date '2025-01-01' + m * 31 + 30, 70 + m, 'entered' FROM k CROSS JOIN generate_series(0, 13) m`,
      [big.id, fx.projectId],
    );

    let atlas: JourneyAtlas | undefined;
    const smallStatements = await statementsDuring(() => fx.atlas(small.id));
    const bigStatements = await statementsDuring(async () => (atlas = journeyAtlasSchema.parse(await fx.atlas(big.id))));
    expect(bigStatements.length, bigStatements.join('\n')).toBe(smallStatements.length);
    expect(bigStatements.length).toBeLessThanOrEqual(12);

    const timings: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await fx.atlas(big.id);
      timings.push(performance.now() - started);
    }
    const median = [...timings].sort((a, b) => a - b)[1]!;
    console.info(`atlas of 20 stages × 200 touchpoints: ${timings.map((ms) => `${ms.toFixed(0)} ms`).join(', ')} (median ${median.toFixed(0)} ms, ${bigStatements.length} statements)`);
    expect(median).toBeLessThan(2000);

    const touchpoints = atlas!.stages.flatMap((stage) => stage.touchpoints);
    expect(atlas).toMatchObject({ stageCount: 20, touchpointCount: 4000 });
    expect(atlas!.stages.map((stage) => stage.touchpoints.length)).toEqual(Array(20).fill(200));
    expect(atlas!.stages.every((stage) => stage.touchpoints.every((touchpoint, index) => touchpoint.position === index && touchpoint.stageId === stage.id))).toBe(true);
    expect(atlas!.stages.every((stage) => stage.opportunities.length === 1 && stage.opportunities[0]!.outcomeId === z.id)).toBe(true);
    expect(touchpoints.filter((touchpoint) => touchpoint.opportunities.length === 1)).toHaveLength(400);
    expect(touchpoints.filter((touchpoint) => touchpoint.quoteCount === 7 && touchpoint.quotes.length === 5)).toHaveLength(1000);
    expect(touchpoints.filter((touchpoint) => touchpoint.kpis.length === 1 && touchpoint.kpis[0]!.trend.length === 12 && touchpoint.kpis[0]!.latest === 83)).toHaveLength(200);
    // X (12) on positions 0, 30, 60, …: 7 per stage; KPI misses on positions 0, 40, 80, …: 5 per stage.
    const painted = (reason: 'opportunity' | 'kpi') => touchpoints.filter((touchpoint) => touchpoint.pain.reasons.includes(reason)).length;
    expect([painted('opportunity'), painted('kpi')]).toEqual([140, 100]);
    // Positions 0 and 120 have both: 2 per stage.
    expect(touchpoints.filter((touchpoint) => touchpoint.pain.marked)).toHaveLength(140 + 100 - 40);
  });
});
