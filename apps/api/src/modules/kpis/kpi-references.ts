import type { UpdateKpiRequest } from '@outcome-atlas/contracts';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import type { Caller } from '../auth/caller.js';
import type { AccessService } from '../workspaces/access.service.js';
import { kpiAttachmentInvalid, kpiAttachmentNotInProject, outcomesNotInProject } from './kpis.errors.js';

type Queryable = Pick<EntityManager, 'query'>;
export type AttachTo = NonNullable<UpdateKpiRequest['attachTo']>;

/** The attachment as stored: at most one of the three set; none is the project. */
export type AttachmentColumns = { journeyId: string | null; stageId: string | null; touchpointId: string | null };

const NONE: AttachmentColumns = { journeyId: null, stageId: null, touchpointId: null };

// FOR KEY SHARE keeps the row from being deleted until the transaction commits (which would turn the
// insert into a foreign-key error) while renames and moves of it go ahead.
const LOCK_SQL = {
  journey: 'SELECT 1 FROM journeys r WHERE r.id = $1 AND r.project_id = $2 FOR KEY SHARE',
  stage: 'SELECT 1 FROM journey_stages r JOIN journeys j ON j.id = r.journey_id WHERE r.id = $1 AND j.project_id = $2 FOR KEY SHARE OF r',
  touchpoint: 'SELECT 1 FROM touchpoints r JOIN journeys j ON j.id = r.journey_id WHERE r.id = $1 AND j.project_id = $2 FOR KEY SHARE OF r',
} as const;

/**
 * Checks what a KPI of `projectId` is to be attached to: a journey, stage or touchpoint of another
 * workspace is unknown (404), one of another project of the same workspace is refused (422).
 */
export async function checkAttachment(access: AccessService, caller: Caller, projectId: string, attachTo: AttachTo): Promise<AttachmentColumns> {
  if (attachTo.kind === 'project') {
    if (attachTo.id !== null) throw kpiAttachmentInvalid('A KPI attached to the project names no id: send { "kind": "project" }');
    return NONE;
  }
  if (attachTo.id === null) throw kpiAttachmentInvalid(`Name the ${attachTo.kind} to attach the KPI to in attachTo.id`);
  const owner = await access.resource(caller, attachTo.kind, attachTo.id, 'read');
  if (owner.projectId !== projectId) throw kpiAttachmentNotInProject(attachTo.kind);
  return { ...NONE, [`${attachTo.kind}Id`]: attachTo.id };
}

/** Keeps the attached journey, stage or touchpoint until the transaction ends; 404 when it was deleted meanwhile. */
export async function lockAttachment(db: Queryable, projectId: string, columns: AttachmentColumns): Promise<void> {
  const [kind, id] = columns.journeyId
    ? (['journey', columns.journeyId] as const)
    : columns.stageId
      ? (['stage', columns.stageId] as const)
      : columns.touchpointId
        ? (['touchpoint', columns.touchpointId] as const)
        : [null, null];
  if (kind === null) return;
  const rows: unknown[] = await db.query(LOCK_SQL[kind], [id, projectId]);
  if (rows.length === 0) throw notFound(kind);
}

/**
 * Checks that every outcome belongs to the project and keeps them until the transaction ends.
 * Ids of other projects and workspaces get the same answer as unknown ones, all listed at once.
 */
export async function lockOutcomes(db: Queryable, projectId: string, outcomeIds: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(outcomeIds.map((id) => id.toLowerCase()))];
  if (wanted.length === 0) return [];
  const rows: { id: string }[] = await db.query('SELECT id FROM outcomes WHERE project_id = $1 AND id = ANY($2::uuid[]) FOR KEY SHARE', [projectId, wanted]);
  const found = new Set(rows.map((row) => row.id));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) throw outcomesNotInProject(missing);
  return wanted;
}

/** Replaces the outcomes a KPI measures with `outcomeIds` (already checked). */
export async function replaceKpiOutcomes(db: Queryable, kpiId: string, outcomeIds: readonly string[]): Promise<void> {
  await db.query('DELETE FROM kpi_outcomes WHERE kpi_id = $1 AND NOT (outcome_id = ANY($2::uuid[]))', [kpiId, outcomeIds]);
  if (outcomeIds.length === 0) return;
  await db.query('INSERT INTO kpi_outcomes (kpi_id, outcome_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING', [kpiId, outcomeIds]);
}
