import { createHash } from 'node:crypto';
import type { CustomTypesConfig, Pool, PoolClient, QueryConfig, QueryResultRow } from 'pg';
import { DataSource, QueryFailedError, QueryRunnerAlreadyReleasedError, type EntityManager } from 'typeorm';

/**
 * A statement PostgreSQL parses once per pooled connection and, once its plan cache settles, plans once
 * too (a named statement of the extended protocol). Worth it for statements sent on every request and for
 * big ones whose planning costs more than their run: measured on the backlog, the caller's token lookup
 * 0.33 → 0.13 ms, the access check 0.18 → 0.11 ms, the chain 1.04 → 0.17 ms, the counts 3.0 → 2.2 ms.
 *
 * Only for a bounded set of texts (declared ones, or a builder's few variants with every value a
 * parameter): each distinct text stays prepared on each connection for the connection's life.
 */
export type PreparedStatement = { readonly name: string; readonly text: string; readonly types?: CustomTypesConfig };

/**
 * The name is derived from the text, so the same text always maps to the same statement on every connection.
 * `types` replaces pg's parsers of result columns for this statement (they run in Node, not in PostgreSQL).
 */
export const preparedStatement = (text: string, options: { types?: CustomTypesConfig } = {}): PreparedStatement => ({
  name: `oa_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`,
  text,
  ...options,
});

type Queryable = DataSource | EntityManager;

/**
 * Runs a prepared statement on the connection `db` stands for: the transaction's, when `db` is a
 * transaction's EntityManager, else any pooled one. Logged like every TypeORM query; a failure is a
 * QueryFailedError as TypeORM's own, so the services' and the global filter's handling is unchanged.
 */
export async function queryPrepared<Row extends QueryResultRow>(db: Queryable, statement: PreparedStatement, params: readonly unknown[]): Promise<Row[]> {
  const manager = db instanceof DataSource ? db.manager : db;
  const values = [...params];
  manager.connection.logger.logQuery(statement.text, values);
  const config: QueryConfig = { name: statement.name, text: statement.text, values, ...(statement.types ? { types: statement.types } : {}) };
  try {
    const runner = manager.queryRunner;
    if (runner) {
      if (runner.isReleased) throw new QueryRunnerAlreadyReleasedError();
      const client = (await runner.connect()) as PoolClient;
      return (await client.query<Row>(config)).rows;
    }
    const pool = (manager.connection.driver as unknown as { master: Pool }).master;
    return (await pool.query<Row>(config)).rows;
  } catch (error) {
    if (error instanceof QueryRunnerAlreadyReleasedError) throw error;
    throw new QueryFailedError(statement.text, values, error as Error);
  }
}
