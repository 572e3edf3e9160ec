import { journeyAtlasSchema, journeySummarySchema, touchpointDetailSchema, touchpointSchema } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { insertKpi, journeyWorkspace, layoutOf, smallJourney, sqlOf } from './journeys-fixture.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();
const sql = sqlOf(ctx);

describe('journeys', () => {
  it('creates a journey with its first stages in order and answers the atlas (201)', async () => {
    const fx = await journeyWorkspace(ctx);
    const personaId = await fx.createPersona('AP clerk');
    const response = await fx.call('POST', `/api/v1/projects/${fx.projectId}/journeys`, {
      name: 'Finance team onboarding',
      description: 'From the first demo to the first closed month',
      personaId,
      stages: ['Discover', 'Buy', 'Onboard', 'Use', 'Renew or leave'],
    });
    expect(response.status).toBe(201);
    const atlas = journeyAtlasSchema.parse(response.body);
    expect(atlas).toMatchObject({ projectId: fx.projectId, name: 'Finance team onboarding', persona: { id: personaId, name: 'AP clerk' }, stageCount: 5, touchpointCount: 0, kpis: [] });
    expect(atlas.stages.map((stage) => [stage.name, stage.position, stage.touchpoints.length])).toEqual([
      ['Discover', 0, 0],
      ['Buy', 1, 0],
      ['Onboard', 2, 0],
      ['Use', 3, 0],
      ['Renew or leave', 4, 0],
    ]);
    const bare = await fx.createJourney({ name: 'Renewal' });
    expect(bare).toMatchObject({ description: '', persona: null, stages: [], stageCount: 0 });
  });

  it('lists journeys by name case-insensitively, page by page, with their sizes', async () => {
    const fx = await journeyWorkspace(ctx);
    const { journeyId } = await smallJourney(fx);
    for (const name of ['zeta', 'Alpha', 'beta', 'Gamma']) await fx.createJourney({ name });
    const other = await fx.createProject('Other project');
    await fx.createJourney({ name: 'Aardvark elsewhere' }, other);

    const first = await fx.expectStatus(200, 'GET', `/api/v1/projects/${fx.projectId}/journeys?limit=2`);
    expect(first.items.map((item: { name: string }) => item.name)).toEqual(['Alpha', 'beta']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await fx.expectStatus(200, 'GET', `/api/v1/projects/${fx.projectId}/journeys?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((item: { name: string }) => item.name)).toEqual(['Finance team onboarding', 'Gamma']);
    const third = await fx.expectStatus(200, 'GET', `/api/v1/projects/${fx.projectId}/journeys?limit=2&cursor=${second.nextCursor}`);
    expect(third).toMatchObject({ items: [{ name: 'zeta' }], nextCursor: null });
    const finance = journeySummarySchema.parse(second.items[0]);
    expect(finance).toMatchObject({ id: journeyId, stageCount: 3, touchpointCount: 4 });

    const bad = await fx.call('GET', `/api/v1/projects/${fx.projectId}/journeys?cursor=not-a-cursor`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_CURSOR');
  });

  it('renames a journey, changes and clears its persona, and bumps updatedAt', async () => {
    const fx = await journeyWorkspace(ctx);
    const created = await fx.createJourney({ name: 'Onboarding' });
    const personaId = await fx.createPersona('Controller');
    const renamed = await fx.expectStatus(200, 'PATCH', `/api/v1/journeys/${created.id}`, { name: 'Onboarding (EU)', personaId });
    expect(journeySummarySchema.parse(renamed)).toMatchObject({ name: 'Onboarding (EU)', description: '', persona: { id: personaId, name: 'Controller' } });
    expect(Date.parse(renamed.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
    const cleared = await fx.expectStatus(200, 'PATCH', `/api/v1/journeys/${created.id}`, { personaId: null, description: 'EU only' });
    expect(cleared).toMatchObject({ name: 'Onboarding (EU)', description: 'EU only', persona: null });
  });

  it('refuses a persona of another project (422) and one of another workspace (404)', async () => {
    const fx = await journeyWorkspace(ctx);
    const otherProject = await fx.createProject('Other project');
    const otherPersona = await fx.createPersona('Buyer', otherProject);
    const stranger = await journeyWorkspace(ctx, 'Sam Stranger');
    const foreignPersona = await stranger.createPersona('Spy');

    const create = await fx.call('POST', `/api/v1/projects/${fx.projectId}/journeys`, { name: 'X', personaId: otherPersona });
    expect(create.status).toBe(422);
    expect(create.body.error).toMatchObject({ code: 'PERSONA_NOT_IN_PROJECT', details: { personaId: otherPersona } });
    const foreign = await fx.call('POST', `/api/v1/projects/${fx.projectId}/journeys`, { name: 'X', personaId: foreignPersona });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('PERSONA_NOT_FOUND');

    const journey = await fx.createJourney({ name: 'Y' });
    expect((await fx.call('PATCH', `/api/v1/journeys/${journey.id}`, { personaId: otherPersona })).status).toBe(422);
    expect((await fx.call('PATCH', `/api/v1/journeys/${journey.id}`, { personaId: foreignPersona })).status).toBe(404);
    expect((await sql('SELECT count(*)::int AS n FROM journeys')).at(0).n).toBe(1);
  });

  it.each([
    ['an empty name', { name: '  ' }],
    ['an unknown field', { name: 'X', owner: 'me' }],
    ['a persona id that is not a uuid', { name: 'X', personaId: 'abc' }],
    ['too many stages', { name: 'X', stages: Array.from({ length: 51 }, (_, i) => `S${i}`) }],
  ])('refuses a journey with %s (400)', async (_name, body) => {
    const fx = await journeyWorkspace(ctx);
    const response = await fx.call('POST', `/api/v1/projects/${fx.projectId}/journeys`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('deletes a journey with its map and links; outcomes, quotes and KPIs stay', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const outcome = await fx.createOutcome('Minimize the time it takes to match invoices with orders');
    const [highlight] = await fx.createHighlights(['Matching invoices to purchase orders takes two days.']);
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: outcome.id });
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.a}/highlights`, { highlightId: highlight });
    const kpiId = await insertKpi(sql, { projectId: fx.projectId, name: 'CSAT at signup', target: 80, touchpointId: j.a }, [70]);

    await fx.expectStatus(204, 'DELETE', `/api/v1/journeys/${j.journeyId}`);
    expect((await fx.call('GET', `/api/v1/journeys/${j.journeyId}`)).status).toBe(404);
    const [counts] = await sql(`SELECT (SELECT count(*) FROM journey_stages)::int AS stages, (SELECT count(*) FROM touchpoints)::int AS touchpoints,
      (SELECT count(*) FROM journey_outcome_links)::int AS links, (SELECT count(*) FROM touchpoint_highlights)::int AS quotes,
      (SELECT count(*) FROM outcomes)::int AS outcomes, (SELECT count(*) FROM highlights)::int AS highlights`);
    expect(counts).toEqual({ stages: 0, touchpoints: 0, links: 0, quotes: 0, outcomes: 1, highlights: 1 });
    expect(await sql('SELECT touchpoint_id FROM kpis WHERE id = $1', [kpiId])).toEqual([{ touchpoint_id: null }]);
  });
});

describe('stages', () => {
  it('appends a stage, or inserts it at a position and shifts the later ones', async () => {
    const fx = await journeyWorkspace(ctx);
    const journey = await fx.createJourney({ name: 'J', stages: ['Discover', 'Buy'] });
    const use = await fx.createStage(journey.id, { name: 'Use' });
    expect(use).toMatchObject({ journeyId: journey.id, name: 'Use', description: '', position: 2 });
    const onboard = await fx.createStage(journey.id, { name: 'Onboard', description: 'First month', position: 2 });
    expect(onboard).toMatchObject({ position: 2, description: 'First month' });
    await fx.createStage(journey.id, { name: 'Awareness', position: 0 });
    await fx.createStage(journey.id, { name: 'Leave', position: 99 });
    const atlas = await fx.atlas(journey.id);
    expect(atlas.stages.map((stage: { name: string; position: number }) => `${stage.position}:${stage.name}`)).toEqual([
      '0:Awareness',
      '1:Discover',
      '2:Buy',
      '3:Onboard',
      '4:Use',
      '5:Leave',
    ]);
    expect(Date.parse(atlas.updatedAt)).toBeGreaterThan(Date.parse(journey.updatedAt));
  });

  it('renames a stage', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const renamed = await fx.expectStatus(200, 'PATCH', `/api/v1/stages/${j.buy}`, { name: 'Purchase', description: 'Contract signed' });
    expect(renamed).toEqual({ id: j.buy, journeyId: j.journeyId, name: 'Purchase', description: 'Contract signed', position: 1 });
    expect((await fx.call('PATCH', `/api/v1/stages/${j.buy}`, {})).status).toBe(400);
  });

  it('reorders stages with every id once, and refuses anything else with 422 STAGE_ORDER_MISMATCH naming the ids', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const reordered = await fx.expectStatus(200, 'POST', `/api/v1/journeys/${j.journeyId}/stages/order`, { stageIds: [j.onboard, j.discover, j.buy] });
    expect(reordered.items.map((stage: { id: string; position: number }) => [stage.id, stage.position])).toEqual([
      [j.onboard, 0],
      [j.discover, 1],
      [j.buy, 2],
    ]);
    expect(await layoutOf(sql, j.journeyId)).toEqual({ Onboard: [], Discover: ['A', 'B', 'C'], Buy: ['D'] });

    const other = await smallJourney(fx);
    const mismatch = await fx.call('POST', `/api/v1/journeys/${j.journeyId}/stages/order`, { stageIds: [j.onboard, j.onboard, other.buy] });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error).toMatchObject({
      code: 'STAGE_ORDER_MISMATCH',
      details: { missingStageIds: [j.discover, j.buy], unknownStageIds: [other.buy], repeatedStageIds: [j.onboard] },
    });
    expect(await layoutOf(sql, j.journeyId)).toEqual({ Onboard: [], Discover: ['A', 'B', 'C'], Buy: ['D'] });
  });

  it('deletes a stage with its touchpoints, their links and quotes, and closes the gap', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const outcome = await fx.createOutcome('Minimize the time it takes to compare supplier offers');
    const [highlight] = await fx.createHighlights(['I keep a spreadsheet of the open ones.']);
    await fx.expectStatus(204, 'POST', `/api/v1/stages/${j.discover}/outcomes`, { outcomeId: outcome.id });
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.b}/outcomes`, { outcomeId: outcome.id });
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.b}/highlights`, { highlightId: highlight });
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.d}/outcomes`, { outcomeId: outcome.id });

    await fx.expectStatus(204, 'DELETE', `/api/v1/stages/${j.discover}`);
    expect(await layoutOf(sql, j.journeyId)).toEqual({ Buy: ['D'], Onboard: [] });
    expect(await sql('SELECT touchpoint_id FROM journey_outcome_links')).toEqual([{ touchpoint_id: j.d }]);
    expect(await sql('SELECT * FROM touchpoint_highlights')).toEqual([]);
    expect((await fx.call('DELETE', `/api/v1/stages/${j.discover}`)).status).toBe(404);
    const atlas = await fx.atlas(j.journeyId);
    expect(atlas).toMatchObject({ stageCount: 2, touchpointCount: 1 });
  });
});

describe('touchpoints', () => {
  it('creates touchpoints at the end or at a position, with their fields', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const created = await fx.expectStatus(201, 'POST', `/api/v1/stages/${j.discover}/touchpoints`, {
      name: 'Connect the bank feed',
      channel: 'phone',
      ownerTeam: '  Onboarding squad  ',
      cxLevel: 2,
      expectation: 'I just want my statements to show up',
      position: 1,
    });
    expect(touchpointSchema.parse(created)).toEqual({
      id: expect.any(String),
      journeyId: j.journeyId,
      stageId: j.discover,
      name: 'Connect the bank feed',
      channel: 'phone',
      ownerTeam: 'Onboarding squad',
      description: '',
      cxLevel: 2,
      expectation: 'I just want my statements to show up',
      position: 1,
    });
    expect(await layoutOf(sql, j.journeyId)).toEqual({ Discover: ['A', 'Connect the bank feed', 'B', 'C'], Buy: ['D'], Onboard: [] });
    for (const body of [{ name: 'X', channel: 'fax' }, { name: 'X', channel: 'web', cxLevel: 6 }, { name: 'X', channel: 'web', position: -1 }]) {
      expect((await fx.call('POST', `/api/v1/stages/${j.discover}/touchpoints`, body)).status).toBe(400);
    }
  });

  it('moves a touchpoint within its stage, both ways, keeping positions dense', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const moved = await fx.expectStatus(200, 'PATCH', `/api/v1/touchpoints/${j.a}`, { position: 2 });
    expect(moved).toMatchObject({ stageId: j.discover, position: 2 });
    expect((await layoutOf(sql, j.journeyId)).Discover).toEqual(['B', 'C', 'A']);
    await fx.expectStatus(200, 'PATCH', `/api/v1/touchpoints/${j.a}`, { position: 0, name: 'A1' });
    expect((await layoutOf(sql, j.journeyId)).Discover).toEqual(['A1', 'B', 'C']);
    await fx.expectStatus(200, 'PATCH', `/api/v1/touchpoints/${j.b}`, { position: 50 });
    expect((await layoutOf(sql, j.journeyId)).Discover).toEqual(['A1', 'C', 'B']);
    // Naming its own stage without a position leaves it where it is.
    await fx.expectStatus(200, 'PATCH', `/api/v1/touchpoints/${j.c}`, { stageId: j.discover });
    expect((await layoutOf(sql, j.journeyId)).Discover).toEqual(['A1', 'C', 'B']);
  });

  it('moves a touchpoint across stages: both stages stay dense and its outcome links follow it', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const outcome = await fx.createOutcome('Minimize the time it takes to set up a supplier');
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.b}/outcomes`, { outcomeId: outcome.id });
    await fx.expectStatus(204, 'POST', `/api/v1/stages/${j.discover}/outcomes`, { outcomeId: outcome.id });

    const moved = await fx.expectStatus(200, 'PATCH', `/api/v1/touchpoints/${j.b}`, { stageId: j.buy, position: 0, channel: 'email', cxLevel: null });
    expect(moved).toMatchObject({ stageId: j.buy, position: 0, channel: 'email', cxLevel: null, journeyId: j.journeyId });
    expect(await layoutOf(sql, j.journeyId)).toEqual({ Discover: ['A', 'C'], Buy: ['B', 'D'], Onboard: [] });
    expect(await sql('SELECT stage_id, touchpoint_id FROM journey_outcome_links ORDER BY touchpoint_id NULLS FIRST')).toEqual([
      { stage_id: j.discover, touchpoint_id: null },
      { stage_id: j.buy, touchpoint_id: j.b },
    ]);

    await fx.expectStatus(200, 'PATCH', `/api/v1/touchpoints/${j.c}`, { stageId: j.onboard });
    await fx.expectStatus(200, 'PATCH', `/api/v1/touchpoints/${j.a}`, { stageId: j.buy });
    expect(await layoutOf(sql, j.journeyId)).toEqual({ Discover: [], Buy: ['B', 'D', 'A'], Onboard: ['C'] });
    const atlas = await fx.atlas(j.journeyId);
    expect(atlas.stages[1].touchpoints.map((touchpoint: { name: string; opportunities: unknown[] }) => [touchpoint.name, touchpoint.opportunities.length])).toEqual([
      ['B', 1],
      ['D', 0],
      ['A', 0],
    ]);
  });

  it('refuses to move a touchpoint to a stage of another journey or an unknown stage (422 STAGE_NOT_IN_JOURNEY)', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const other = await smallJourney(fx);
    for (const stageId of [other.buy, '00000000-0000-4000-8000-000000000000']) {
      const response = await fx.call('PATCH', `/api/v1/touchpoints/${j.a}`, { stageId, name: 'renamed?' });
      expect(response.status).toBe(422);
      expect(response.body.error).toMatchObject({ code: 'STAGE_NOT_IN_JOURNEY', details: { stageId } });
    }
    expect(await layoutOf(sql, j.journeyId)).toEqual({ Discover: ['A', 'B', 'C'], Buy: ['D'], Onboard: [] });
  });

  it('deletes a touchpoint with its links and closes the gap', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const [highlight] = await fx.createHighlights(['I keep a spreadsheet of the open ones.']);
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.a}/highlights`, { highlightId: highlight });
    await fx.expectStatus(204, 'DELETE', `/api/v1/touchpoints/${j.a}`);
    expect(await layoutOf(sql, j.journeyId)).toEqual({ Discover: ['B', 'C'], Buy: ['D'], Onboard: [] });
    expect(await sql('SELECT * FROM touchpoint_highlights')).toEqual([]);
    expect((await fx.call('GET', `/api/v1/touchpoints/${j.a}`)).status).toBe(404);
  });

  it('keeps positions dense when moves and inserts race each other', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const requests = [
      fx.call('PATCH', `/api/v1/touchpoints/${j.a}`, { stageId: j.buy, position: 0 }),
      fx.call('PATCH', `/api/v1/touchpoints/${j.d}`, { stageId: j.discover, position: 0 }),
      fx.call('POST', `/api/v1/stages/${j.discover}/touchpoints`, { name: 'E', channel: 'app', position: 1 }),
      fx.call('PATCH', `/api/v1/touchpoints/${j.c}`, { position: 0 }),
      fx.call('POST', `/api/v1/stages/${j.buy}/touchpoints`, { name: 'F', channel: 'app', position: 0 }),
      fx.call('DELETE', `/api/v1/touchpoints/${j.b}`),
    ];
    const statuses = (await Promise.all(requests)).map((response) => response.status);
    expect(statuses).toEqual([200, 200, 201, 200, 201, 204]);
    const layout = await layoutOf(sql, j.journeyId);
    expect(Object.values(layout).flat().sort()).toEqual(['A', 'C', 'D', 'E', 'F']);
  });
});

describe('links', () => {
  it('links outcomes and quotes idempotently and unlinks them (204 even when absent)', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const outcome = await fx.createOutcome('Minimize the time it takes to match invoices with orders');
    const [highlight] = await fx.createHighlights(['Matching invoices to purchase orders takes two days.']);
    for (let i = 0; i < 2; i++) {
      await fx.expectStatus(204, 'POST', `/api/v1/stages/${j.discover}/outcomes`, { outcomeId: outcome.id });
      await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: outcome.id });
      await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.a}/highlights`, { highlightId: highlight });
    }
    expect(await sql('SELECT stage_id, touchpoint_id FROM journey_outcome_links ORDER BY touchpoint_id NULLS FIRST')).toEqual([
      { stage_id: j.discover, touchpoint_id: null },
      { stage_id: j.discover, touchpoint_id: j.a },
    ]);
    expect(await sql('SELECT touchpoint_id, highlight_id FROM touchpoint_highlights')).toEqual([{ touchpoint_id: j.a, highlight_id: highlight }]);

    for (let i = 0; i < 2; i++) {
      await fx.expectStatus(204, 'DELETE', `/api/v1/touchpoints/${j.a}/outcomes/${outcome.id}`);
      await fx.expectStatus(204, 'DELETE', `/api/v1/touchpoints/${j.a}/highlights/${highlight}`);
    }
    expect(await sql('SELECT touchpoint_id FROM journey_outcome_links')).toEqual([{ touchpoint_id: null }]);
    await fx.expectStatus(204, 'DELETE', `/api/v1/stages/${j.discover}/outcomes/${outcome.id}`);
    expect(await sql('SELECT * FROM journey_outcome_links')).toEqual([]);
    expect(await sql('SELECT * FROM touchpoint_highlights')).toEqual([]);
  });

  it('refuses an outcome or quote of another project (422) and of another workspace (404)', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const otherProject = await fx.createProject('Other project');
    const otherOutcome = await fx.createOutcome('Minimize the effort it takes to approve a payment', otherProject);
    const [otherHighlight] = await fx.createHighlights(['I keep a spreadsheet of the open ones.'], otherProject);
    const stranger = await journeyWorkspace(ctx, 'Sam Stranger');
    const foreignOutcome = await stranger.createOutcome('Minimize the time it takes to find a receipt');
    const [foreignHighlight] = await stranger.createHighlights(['I keep a spreadsheet of the open ones.']);

    const cases = [
      [`/api/v1/stages/${j.discover}/outcomes`, { outcomeId: otherOutcome.id }, 422, 'OUTCOME_NOT_IN_PROJECT'],
      [`/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: otherOutcome.id }, 422, 'OUTCOME_NOT_IN_PROJECT'],
      [`/api/v1/touchpoints/${j.a}/highlights`, { highlightId: otherHighlight }, 422, 'HIGHLIGHT_NOT_IN_PROJECT'],
      [`/api/v1/stages/${j.discover}/outcomes`, { outcomeId: foreignOutcome.id }, 404, 'OUTCOME_NOT_FOUND'],
      [`/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: foreignOutcome.id }, 404, 'OUTCOME_NOT_FOUND'],
      [`/api/v1/touchpoints/${j.a}/highlights`, { highlightId: foreignHighlight }, 404, 'HIGHLIGHT_NOT_FOUND'],
      [`/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: '00000000-0000-4000-8000-000000000000' }, 404, 'OUTCOME_NOT_FOUND'],
      [`/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: 'nope' }, 400, 'VALIDATION_FAILED'],
    ] as const;
    for (const [url, body, status, code] of cases) {
      const response = await fx.call('POST', url, body);
      expect([url, response.status, response.body.error?.code]).toEqual([url, status, code]);
    }
    expect(await sql('SELECT * FROM journey_outcome_links')).toEqual([]);
    expect(await sql('SELECT * FROM touchpoint_highlights')).toEqual([]);
  });

  it('refuses a merged outcome naming the one it went into (422 OUTCOME_MERGED); rejected and proposed ones may be linked', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const kept = await fx.createOutcome('Minimize the time it takes to match invoices with orders');
    const merged = await fx.createOutcome('Minimize the time it takes to match an invoice with its order');
    const rejected = await fx.createOutcome('Minimize the number of clicks in the dashboard');
    const proposed = await fx.createOutcome('Minimize the likelihood of paying a supplier twice');
    await fx.reject([rejected.id]);
    const current = await fx.expectStatus(200, 'GET', `/api/v1/outcomes/${merged.id}`);
    await fx.expectStatus(200, 'POST', `/api/v1/outcomes/${merged.id}/merge`, { intoOutcomeId: kept.id, version: current.version });

    const response = await fx.call('POST', `/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: merged.id });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'OUTCOME_MERGED', details: { outcomeId: merged.id, mergedInto: { outcomeId: kept.id, key: kept.key } } });
    expect(response.body.error.message).toContain(kept.key);
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: rejected.id });
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: proposed.id });
    const detail = await fx.expectStatus(200, 'GET', `/api/v1/touchpoints/${j.a}`);
    expect(detail.opportunities.map((o: { status: string }) => o.status).sort()).toEqual(['proposed', 'rejected']);
  });
});

describe('touchpoint detail', () => {
  it('answers the touchpoint with its stage and journey names, every linked outcome, its KPIs and all its quotes newest first', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const first = await fx.createOutcome('Minimize the time it takes to connect the bank feed');
    const second = await fx.createOutcome('Minimize the likelihood of a broken bank feed');
    const elsewhere = await fx.createOutcome('Minimize the effort it takes to approve a payment');
    const lines = ['Matching invoices to purchase orders takes two days.', 'I keep a spreadsheet of the open ones.', 'I would pay for statements that just show up.'];
    const highlights = await fx.createHighlights(lines);
    for (const highlightId of highlights) await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.a}/highlights`, { highlightId });
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: first.id });
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: second.id });
    await fx.expectStatus(204, 'POST', `/api/v1/touchpoints/${j.b}/outcomes`, { outcomeId: elsewhere.id });
    await insertKpi(sql, { projectId: fx.projectId, name: 'Bank feed CSAT', target: 80, touchpointId: j.a }, [60, 72]);
    await insertKpi(sql, { projectId: fx.projectId, name: 'Signup CSAT', target: 80, touchpointId: j.b }, [90]);

    const detail = touchpointDetailSchema.parse(await fx.expectStatus(200, 'GET', `/api/v1/touchpoints/${j.a}`));
    expect(detail).toMatchObject({ id: j.a, name: 'A', stageName: 'Discover', journeyName: 'Finance team onboarding', stageId: j.discover, position: 0 });
    expect(detail.opportunities.map((o) => [o.key, o.opportunity, o.zone]).sort()).toEqual([
      [first.key, null, null],
      [second.key, null, null],
    ]);
    expect(detail.kpis).toMatchObject([{ name: 'Bank feed CSAT', latest: 72, target: 80, status: 'misses', trend: [{ value: 60 }, { value: 72 }] }]);
    expect(detail.quotes.map((quote) => quote.quote)).toEqual([...lines].reverse());
    expect(detail.quotes[0]).toMatchObject({ highlightId: highlights[2], interviewTitle: 'Priya, AP clerk' });
  });
});

describe('tenancy and roles', () => {
  it('lets a viewer read the atlas and a touchpoint but answers 403 to every write', async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const outcome = await fx.createOutcome('Minimize the time it takes to match invoices with orders');
    const [highlight] = await fx.createHighlights(['I keep a spreadsheet of the open ones.']);
    const viewer = await ctx.client.register('Vera Viewer');
    await fx.expectStatus(201, 'POST', `/api/v1/workspaces/${fx.owner.workspace.id}/members`, { email: viewer.user.email, role: 'viewer' });
    const as = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) => fx.call(method, url, body, viewer.token);

    expect((await as('GET', `/api/v1/projects/${fx.projectId}/journeys`)).status).toBe(200);
    expect((await as('GET', `/api/v1/journeys/${j.journeyId}`)).status).toBe(200);
    expect((await as('GET', `/api/v1/touchpoints/${j.a}`)).status).toBe(200);
    const writes = [
      ['POST', `/api/v1/projects/${fx.projectId}/journeys`, { name: 'X' }],
      ['PATCH', `/api/v1/journeys/${j.journeyId}`, { name: 'X' }],
      ['DELETE', `/api/v1/journeys/${j.journeyId}`],
      ['POST', `/api/v1/journeys/${j.journeyId}/stages`, { name: 'X' }],
      ['POST', `/api/v1/journeys/${j.journeyId}/stages/order`, { stageIds: [j.onboard, j.buy, j.discover] }],
      ['PATCH', `/api/v1/stages/${j.buy}`, { name: 'X' }],
      ['DELETE', `/api/v1/stages/${j.buy}`],
      ['POST', `/api/v1/stages/${j.buy}/outcomes`, { outcomeId: outcome.id }],
      ['DELETE', `/api/v1/stages/${j.buy}/outcomes/${outcome.id}`],
      ['POST', `/api/v1/stages/${j.buy}/touchpoints`, { name: 'X', channel: 'web' }],
      ['PATCH', `/api/v1/touchpoints/${j.a}`, { position: 2 }],
      ['DELETE', `/api/v1/touchpoints/${j.a}`],
      ['POST', `/api/v1/touchpoints/${j.a}/outcomes`, { outcomeId: outcome.id }],
      ['DELETE', `/api/v1/touchpoints/${j.a}/outcomes/${outcome.id}`],
      ['POST', `/api/v1/touchpoints/${j.a}/highlights`, { highlightId: highlight }],
      ['DELETE', `/api/v1/touchpoints/${j.a}/highlights/${highlight}`],
    ] as const;
    for (const [method, url, body] of writes) {
      const response = await as(method, url, body);
      expect([method, url, response.status]).toEqual([method, url, 403]);
    }
    expect(await layoutOf(sql, j.journeyId)).toEqual({ Discover: ['A', 'B', 'C'], Buy: ['D'], Onboard: [] });
  });

  it("answers 404 for another workspace's journey, stage and touchpoint on every endpoint, and for ids that are not uuids", async () => {
    const fx = await journeyWorkspace(ctx);
    const j = await smallJourney(fx);
    const stranger = await journeyWorkspace(ctx, 'Sam Stranger');
    const outcome = await stranger.createOutcome('Minimize the time it takes to find a receipt');
    const [highlight] = await stranger.createHighlights(['I keep a spreadsheet of the open ones.']);
    const as = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) => fx.call(method, url, body, stranger.owner.token);
    const endpoints = (ids: { project: string; journey: string; stage: string; touchpoint: string }) =>
      [
        ['GET', `/api/v1/projects/${ids.project}/journeys`],
        ['POST', `/api/v1/projects/${ids.project}/journeys`, { name: 'X' }],
        ['GET', `/api/v1/journeys/${ids.journey}`],
        ['PATCH', `/api/v1/journeys/${ids.journey}`, { name: 'X' }],
        ['DELETE', `/api/v1/journeys/${ids.journey}`],
        ['POST', `/api/v1/journeys/${ids.journey}/stages`, { name: 'X' }],
        ['POST', `/api/v1/journeys/${ids.journey}/stages/order`, { stageIds: [j.onboard, j.buy, j.discover] }],
        ['PATCH', `/api/v1/stages/${ids.stage}`, { name: 'X' }],
        ['DELETE', `/api/v1/stages/${ids.stage}`],
        ['POST', `/api/v1/stages/${ids.stage}/outcomes`, { outcomeId: outcome.id }],
        ['DELETE', `/api/v1/stages/${ids.stage}/outcomes/${outcome.id}`],
        ['POST', `/api/v1/stages/${ids.stage}/touchpoints`, { name: 'X', channel: 'web' }],
        ['GET', `/api/v1/touchpoints/${ids.touchpoint}`],
        ['PATCH', `/api/v1/touchpoints/${ids.touchpoint}`, { position: 2 }],
        ['DELETE', `/api/v1/touchpoints/${ids.touchpoint}`],
        ['POST', `/api/v1/touchpoints/${ids.touchpoint}/outcomes`, { outcomeId: outcome.id }],
        ['DELETE', `/api/v1/touchpoints/${ids.touchpoint}/outcomes/${outcome.id}`],
        ['POST', `/api/v1/touchpoints/${ids.touchpoint}/highlights`, { highlightId: highlight }],
        ['DELETE', `/api/v1/touchpoints/${ids.touchpoint}/highlights/${highlight}`],
      ] as const;
    const foreign = endpoints({ project: fx.projectId, journey: j.journeyId, stage: j.buy, touchpoint: j.a });
    expect(foreign).toHaveLength(19);
    for (const [method, url, body] of foreign) {
      const response = await as(method, url, body);
      expect([method, url, response.status, response.body.error?.code]).toEqual([method, url, 404, expect.stringMatching(/_NOT_FOUND$/)]);
    }
    for (const [method, url, body] of endpoints({ project: 'p', journey: 'j-1', stage: '42', touchpoint: 'x' })) {
      expect([method, url, (await fx.call(method, url, body)).status]).toEqual([method, url, 404]);
    }
    expect(await layoutOf(sql, j.journeyId)).toEqual({ Discover: ['A', 'B', 'C'], Buy: ['D'], Onboard: [] });
    expect((await sql('SELECT count(*)::int AS n FROM journeys')).at(0).n).toBe(1);
  });
});
