import { DataSource, QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { preparedStatement, queryPrepared } from '../src/database/prepared-statement.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();
const db = () => ctx.app.get(DataSource);

const SERIES = preparedStatement('SELECT g AS n, $2::text AS label FROM generate_series(1, $1::int) g ORDER BY g');

describe('prepared statements', () => {
  it('answer exactly what the same text answers through TypeORM', async () => {
    const prepared = await queryPrepared(db(), SERIES, [3, 'x']);
    expect(prepared).toEqual(await db().query(SERIES.text, [3, 'x']));
    expect(prepared).toEqual([
      { n: 1, label: 'x' },
      { n: 2, label: 'x' },
      { n: 3, label: 'x' },
    ]);
  });

  it('name the same text the same way and different texts differently', () => {
    expect(preparedStatement(SERIES.text)).toEqual(SERIES);
    expect(preparedStatement(`${SERIES.text} `).name).not.toBe(SERIES.name);
  });

  it("run on a transaction's own connection, where they stay prepared for the next use", async () => {
    await db().transaction(async (manager) => {
      await manager.query(`SELECT set_config('outcome_atlas.probe', 'inside', true)`);
      const [own] = await manager.query('SELECT pg_backend_pid() AS pid');
      const [seen] = await queryPrepared<{ pid: number; probe: string }>(
        manager,
        preparedStatement(`SELECT pg_backend_pid() AS pid, current_setting('outcome_atlas.probe', true) AS probe, $1::int AS one`),
        [1],
      );
      expect(seen).toMatchObject({ pid: own.pid, probe: 'inside' });

      await queryPrepared(manager, SERIES, [1, 'y']);
      const statements = await manager.query('SELECT name, statement FROM pg_prepared_statements WHERE name = $1', [SERIES.name]);
      expect(statements).toEqual([{ name: SERIES.name, statement: SERIES.text }]);
    });
  });

  it('fail as a QueryFailedError carrying the SQLSTATE, and the statement still works afterwards', async () => {
    const asUuid = preparedStatement('SELECT $1::uuid AS id');
    const failure = await queryPrepared(db(), asUuid, ['not-a-uuid']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22P02');
    const id = '5a1c1d0e-0000-4000-8000-000000000001';
    await expect(queryPrepared(db(), asUuid, [id])).resolves.toEqual([{ id }]);
  });

  it('refuse a released query runner, as TypeORM does', async () => {
    const runner = db().createQueryRunner();
    await runner.connect();
    await runner.release();
    await expect(queryPrepared(runner.manager, SERIES, [1, 'z'])).rejects.toBeInstanceOf(QueryRunnerAlreadyReleasedError);
  });

  it("are logged through TypeORM's logger with their values", async () => {
    const spy = vi.spyOn(db().logger, 'logQuery');
    try {
      await queryPrepared(db(), SERIES, [2, 'logged']);
      expect(spy).toHaveBeenCalledWith(SERIES.text, [2, 'logged']);
    } finally {
      spy.mockRestore();
    }
  });
});
