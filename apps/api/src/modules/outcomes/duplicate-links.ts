import { DEFAULT_DUPLICATE_THRESHOLD, outcomeSimilarity } from '@outcome-atlas/domain';
import type { EntityManager } from 'typeorm';

export type DuplicateLink = { outcomeId: string; similarity: number };
export type DuplicateProbe = { statement: string; normalized: string; excludeOutcomeId?: string | null };

/**
 * The most similar existing outcome of the project for each probe, when it is similar enough to be a likely
 * duplicate. Trigram candidates come from the index in one query for all probes (five per probe), and
 * `outcomeSimilarity` confirms them; merged outcomes are never proposed. Results align with `probes`.
 */
export async function findDuplicateLinks(manager: EntityManager, projectId: string, probes: readonly DuplicateProbe[]): Promise<(DuplicateLink | null)[]> {
  const links: (DuplicateLink | null)[] = probes.map(() => null);
  if (probes.length === 0) return links;
  const rows: { idx: string; id: string; statement: string }[] = await manager.query(
    `SELECT c.idx, o.id, o.statement
     FROM unnest($2::text[], $3::uuid[]) WITH ORDINALITY AS c(normalized, exclude_id, idx)
     CROSS JOIN LATERAL (
       SELECT id, statement FROM outcomes
       WHERE project_id = $1 AND status <> 'merged' AND id IS DISTINCT FROM c.exclude_id AND normalized_statement % c.normalized
       ORDER BY similarity(normalized_statement, c.normalized) DESC LIMIT 5
     ) o`,
    [projectId, probes.map((probe) => probe.normalized), probes.map((probe) => probe.excludeOutcomeId ?? null)],
  );
  for (const row of rows) {
    const index = Number(row.idx) - 1;
    const probe = probes[index];
    if (!probe) continue;
    const similarity = outcomeSimilarity(probe.statement, row.statement);
    const best = links[index];
    if (similarity >= DEFAULT_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) links[index] = { outcomeId: row.id, similarity };
  }
  return links;
}
