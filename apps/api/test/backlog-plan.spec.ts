import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { preparedStatement } from '../src/database/prepared-statement.js';
import { buildOutcomeCountsQuery, loadOutcomeCounts, type CountsScope } from '../src/modules/opportunities/outcome-counts.query.js';
import { withDatabase } from './ratings-fixture.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

/** A project with `outcomes` accepted outcomes and `respondents` respondents, made in SQL. */
async function projectOfSize(token: string, workspaceId: string, outcomes: number, respondents: number): Promise<string> {
  const created = await ctx.client.request('POST', `/api/v1/workspaces/${workspaceId}/projects`, { token, body: { name: `P ${outcomes}×${respondents}` } });
  const projectId: string = created.body.id;
  await withDatabase(ctx.databaseUrl, async (db) => {
    await db.query(
      `INSERT INTO outcomes (project_id, key, statement, normalized_statement, status, source)
       SELECT $1, k, 'Minimize the time it takes to do step ' || k, 'minimize the time it takes to do step ' || k, 'accepted', 'manual' FROM generate_series(1, $2::int) k`,
      [projectId, outcomes],
    );
    await db.query(`UPDATE projects SET next_outcome_key = $2::int + 1 WHERE id = $1`, [projectId, outcomes]);
    await db.query(`INSERT INTO respondents (project_id, external_id, attributes) SELECT $1, 'R-' || i, '{}' FROM generate_series(1, $2::int) i`, [projectId, respondents]);
  });
  return projectId;
}

describe("the backlog's counts statement", () => {
  it('runs on a cached generic plan, also for a project far smaller than the average one', async () => {
    const owner = await ctx.client.register('Planner');
    const small = await projectOfSize(owner.token, owner.workspace.id, 20, 50);
    await projectOfSize(owner.token, owner.workspace.id, 400, 3000);
    await withDatabase(ctx.databaseUrl, (db) => db.query('ANALYZE outcomes, respondents, outcome_answers'));

    const scopes: CountsScope[] = [{ projectId: small, segment: null }, { projectId: small, segment: null, jobStepId: '5a1c1d0e-0000-4000-8000-000000000001' }];
    for (const scope of scopes) {
      const plans = await ctx.app.get(DataSource).transaction(async (manager) => {
        for (let run = 0; run < 8; run += 1) await loadOutcomeCounts(manager, scope);
        const { name } = preparedStatement(buildOutcomeCountsQuery(scope).sql);
        return manager.query('SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = $1', [name]);
      });
      // PostgreSQL tries five value-specific plans first, then keeps the generic one when it costs no more.
      expect(plans, scope.jobStepId ? 'with a job step' : 'whole backlog').toEqual([{ generic_plans: '3', custom_plans: '5' }]);
    }
    const counts = await loadOutcomeCounts(ctx.app.get(DataSource), { projectId: small, segment: null });
    expect(counts.respondents).toBe(50);
    expect(counts.outcomes).toHaveLength(20);
  });
});
