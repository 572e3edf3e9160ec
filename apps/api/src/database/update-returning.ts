type Queryable = { query(sql: string, parameters?: unknown[]): Promise<unknown> };

/**
 * Runs an UPDATE or DELETE … RETURNING and gives back its rows. TypeORM's postgres driver answers those
 * commands with `[rows, affectedCount]` instead of the rows that INSERT and SELECT return.
 */
export async function updateReturning<Row>(db: Queryable, sql: string, parameters: unknown[]): Promise<Row[]> {
  const result = (await db.query(sql, parameters)) as [Row[], number] | Row[];
  return Array.isArray(result[0]) ? (result[0] as Row[]) : (result as Row[]);
}
