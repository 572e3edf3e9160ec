import pg from 'pg';
import { afterEach } from 'vitest';
import type { TestContext } from './test-app.js';

/**
 * Direct SQL on the test's database, and sessions of their own to hold locks while the API (or another session)
 * works. Sessions are ended after each test, so a failed test leaves no locks behind for the truncation after it.
 */
export function useDbSessions(ctx: TestContext) {
  const sessions: pg.Client[] = [];
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((db) => db.end().catch(() => undefined)));
  });

  async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
    const db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    try {
      return (await db.query(text, params)).rows as T[];
    } finally {
      await db.end();
    }
  }

  async function session(): Promise<pg.Client> {
    const db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    sessions.push(db);
    return db;
  }

  /** Waits until `count` sessions wait for a lock (of the given kind, e.g. `advisory`), so the next step starts while they are blocked. */
  async function untilBlocked(count = 1, waitEvent?: string): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const [row] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock' AND ($1::text IS NULL OR wait_event = $1)`,
        [waitEvent ?? null],
      );
      if (row!.n >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`expected ${count} sessions waiting for a ${waitEvent ?? ''} lock`);
  }

  /** Waits until a session runs a statement starting with `prefix` (e.g. an import's COPY waiting for its upload). */
  async function untilRunning(prefix: string): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const [row] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND starts_with(query, $1)`,
        [prefix],
      );
      if (row!.n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`expected a session running ${prefix}…`);
  }

  return { sql, session, untilBlocked, untilRunning };
}
