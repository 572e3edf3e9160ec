type Queryable = { query(sql: string, parameters?: unknown[]): Promise<unknown> };

/**
 * Serialises the writers of one project's ratings (batch upserts and imports) until the transaction ends, so an
 * import can tell "this project has no ratings yet" and insert without conflict handling. Merges need no part
 * in it: they lock the outcomes FOR UPDATE, which waits for the KEY SHARE locks rating writers hold on the outcomes
 * they rate.
 */
export async function lockProjectRatings(db: Queryable, projectId: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtextextended('ratings:' || $1::text, 0))`, [projectId]);
}
