import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';

/** The row `constraint` points at vanished between the check and the write (deleted meanwhile): callers answer 404 for it. */
export const isForeignKeyViolation = (error: unknown, constraint: string): boolean => {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError;
  return driverError?.code === '23503' && driverError.constraint === constraint;
};

type Target = { kind: 'journey' | 'stage' | 'touchpoint'; id: string };

// From each kind of id to its journey row, locked.
const LOCK_SQL: Record<Target['kind'], string> = {
  journey: 'SELECT j.id FROM journeys j WHERE j.id = $1 FOR UPDATE',
  stage: 'SELECT j.id FROM journey_stages s JOIN journeys j ON j.id = s.journey_id WHERE s.id = $1 FOR UPDATE OF j',
  touchpoint: 'SELECT j.id FROM touchpoints t JOIN journeys j ON j.id = t.journey_id WHERE t.id = $1 FOR UPDATE OF j',
};

/**
 * Runs a change to a journey's map in one transaction holding the journey row lock, then bumps the
 * journey's updated_at. Every write under a journey (order, moves, links) takes this lock, so concurrent
 * reorders and moves queue up instead of interleaving, and positions stay dense 0..n-1.
 *
 * The lock statement may still see a stage or touchpoint a concurrent transaction deleted while we
 * waited; `run` re-reads what it changes and answers 404 when it is gone.
 */
export function writeJourney<T>(db: DataSource, target: Target, run: (manager: EntityManager, journeyId: string) => Promise<T>): Promise<T> {
  return db.transaction(async (manager) => {
    const rows: { id: string }[] = await manager.query(LOCK_SQL[target.kind], [target.id]);
    const journeyId = rows[0]?.id;
    if (!journeyId) throw notFound(target.kind);
    const result = await run(manager, journeyId);
    await manager.query('UPDATE journeys SET updated_at = now() WHERE id = $1', [journeyId]);
    return result;
  });
}

// Siblings share a parent: stages a journey, touchpoints a stage. Positions are unique per parent but
// deferred, so these shifts may pass through duplicates inside the transaction.
const SIBLINGS = {
  stage: { table: 'journey_stages', parent: 'journey_id' },
  touchpoint: { table: 'touchpoints', parent: 'stage_id' },
} as const;

/**
 * Makes room at `position` among the parent's children (other than `movingId`) by shifting the later
 * ones up; without a position, or past the end, the place is the end. Returns the place.
 */
export async function openGap(manager: EntityManager, kind: keyof typeof SIBLINGS, parentId: string, position: number | undefined, movingId: string | null = null): Promise<number> {
  const { table, parent } = SIBLINGS[kind];
  const rows: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${parent} = $1 AND id IS DISTINCT FROM $2::uuid`, [parentId, movingId]);
  const size = rows[0]?.n ?? 0;
  const place = Math.min(position ?? size, size);
  if (place < size) {
    await manager.query(`UPDATE ${table} SET position = position + 1 WHERE ${parent} = $1 AND position >= $2 AND id IS DISTINCT FROM $3::uuid`, [parentId, place, movingId]);
  }
  return place;
}

/** Closes the hole a child at `position` leaves (deleted or moved away) by shifting the later ones down. */
export async function closeGap(manager: EntityManager, kind: keyof typeof SIBLINGS, parentId: string, position: number): Promise<void> {
  const { table, parent } = SIBLINGS[kind];
  await manager.query(`UPDATE ${table} SET position = position - 1 WHERE ${parent} = $1 AND position > $2`, [parentId, position]);
}
