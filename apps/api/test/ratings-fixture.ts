import pg from 'pg';
import type { TestClient } from './test-app.js';

/** One respondent's answers, one entry per outcome (null: that question skipped; undefined: not rated at all). */
export type Answer = readonly [importance: number | null, satisfaction: number | null] | undefined;

export type SeedRespondent = { externalId: string; segment: string | null; attributes?: Record<string, string> };

/** Direct SQL, for what the API cannot set up (a hand-made saved segment) or for checks. */
export async function withDatabase<T>(databaseUrl: string, run: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return await run(db);
  } finally {
    await db.end();
  }
}

/** Respondents through the API (POST /respondents, one each); their ids in the order given. */
export async function createRespondents(client: TestClient, token: string, projectId: string, respondents: readonly SeedRespondent[]): Promise<string[]> {
  const ids: string[] = [];
  for (const respondent of respondents) {
    const response = await client.request('POST', `/api/v1/projects/${projectId}/respondents`, { token, body: { attributes: {}, ...respondent } });
    if (response.status !== 201) throw new Error(`createRespondent: ${response.status} ${JSON.stringify(response.body)}`);
    ids.push(response.body.id);
  }
  return ids;
}

/** `answers[outcome][respondent]`, aligned with the ids given, in one upsertRatings batch. */
export async function upsertRatings(
  client: TestClient,
  token: string,
  projectId: string,
  outcomeIds: readonly string[],
  respondentIds: readonly string[],
  answers: readonly (readonly Answer[])[],
): Promise<void> {
  const ratings = outcomeIds.flatMap((outcomeId, o) =>
    respondentIds.flatMap((respondentId, r) => {
      const answer = answers[o]?.[r];
      return answer ? [{ outcomeId, respondentId, importance: answer[0], satisfaction: answer[1] }] : [];
    }),
  );
  const response = await client.request('POST', `/api/v1/projects/${projectId}/ratings`, { token, body: { source: 'survey', ratings } });
  if (response.status !== 200) throw new Error(`upsertRatings: ${response.status} ${JSON.stringify(response.body)}`);
}

/** Zips an importance column and a satisfaction column (null: skipped); a respondent who skipped both did not rate. */
export const answersOf = (importance: readonly (number | null)[], satisfaction: readonly (number | null)[]): Answer[] =>
  importance.map((value, index) => {
    const other = satisfaction[index] ?? null;
    return value === null && other === null ? undefined : ([value, other] as const);
  });
