import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JourneyAtlas, JourneySummary, Page, PageQuery, UpdateJourneyRequest, createJourneyRequestSchema } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { notFound } from '../../common/app-error.js';
import { decodeCursor, toPage } from '../../common/cursor.js';
import { UUID_PATTERN } from '../../common/ids.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { loadJourneyAtlas, loadJourneySummary } from './journey-atlas.query.js';
import { JourneyReferencesService } from './journey-references.service.js';
import { isForeignKeyViolation } from './journey-write.js';
import { JOURNEY_SUMMARY_SELECT, toJourneySummary, type JourneySummaryRow } from './journey.mapper.js';

export type CreateJourney = z.output<typeof createJourneyRequestSchema>;

/** Journeys are listed by name, case-insensitively: the cursor is the last row's lower(name) and id. */
type NameIdCursor = { n: string; id: string };
const isNameIdCursor = (value: unknown): value is NameIdCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as NameIdCursor).n === 'string' &&
  typeof (value as NameIdCursor).id === 'string' &&
  UUID_PATTERN.test((value as NameIdCursor).id);

// The persona was checked, then deleted before the write landed.
const personaGone = (error: unknown): never => {
  throw isForeignKeyViolation(error, 'journeys_persona_id_fkey') ? notFound('persona') : error;
};

@Injectable()
export class JourneysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly references: JourneyReferencesService,
  ) {}

  /** A page of journeys by name with their sizes, read along journeys_project_name_idx. */
  async list(caller: Caller, projectId: string, page: PageQuery): Promise<Page<JourneySummary>> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const after = decodeCursor(page.cursor, isNameIdCursor);
    const rows: JourneySummaryRow[] = await this.db.query(
      `${JOURNEY_SUMMARY_SELECT}
       WHERE j.project_id = $1 AND ($2::text IS NULL OR (lower(j.name), j.id) > ($2::text, $3::uuid))
       ORDER BY lower(j.name), j.id LIMIT $4`,
      [projectId, after?.n ?? null, after?.id ?? null, page.limit + 1],
    );
    return toPage(rows, page.limit, toJourneySummary, (row) => ({ n: row.name_key, id: row.id }));
  }

  /** Creates the journey and its first stages together, and answers the whole atlas. */
  async create(caller: Caller, projectId: string, request: CreateJourney): Promise<JourneyAtlas> {
    const project = await this.access.resource(caller, 'project', projectId, 'write');
    if (request.personaId !== null) await this.references.assertPersona(project, request.personaId);
    return this.db.transaction(async (manager) => {
      const rows: { id: string }[] = await manager
        .query('INSERT INTO journeys (project_id, persona_id, name, description, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
          projectId,
          request.personaId,
          request.name,
          request.description,
          caller.userId,
        ])
        .catch(personaGone);
      const journeyId = rows[0]!.id;
      if (request.stages.length > 0) {
        await manager.query(
          `INSERT INTO journey_stages (journey_id, name, position)
           SELECT $1, stage.name, stage.ordinality - 1 FROM unnest($2::text[]) WITH ORDINALITY AS stage(name, ordinality)`,
          [journeyId, request.stages],
        );
      }
      return loadJourneyAtlas(manager, journeyId);
    });
  }

  /** The atlas, read in one repeatable-read snapshot so stages, touchpoints and links agree. */
  async atlas(caller: Caller, journeyId: string): Promise<JourneyAtlas> {
    await this.access.resource(caller, 'journey', journeyId, 'read');
    return this.db.transaction('REPEATABLE READ', (manager) => loadJourneyAtlas(manager, journeyId));
  }

  async update(caller: Caller, journeyId: string, request: UpdateJourneyRequest): Promise<JourneySummary> {
    const journey = await this.access.resource(caller, 'journey', journeyId, 'write');
    if (request.personaId) await this.references.assertPersona(journey, request.personaId);
    await this.db
      .query(
        `UPDATE journeys SET name = coalesce($2, name), description = coalesce($3, description),
           persona_id = CASE WHEN $4 THEN $5::uuid ELSE persona_id END, updated_at = now()
         WHERE id = $1`,
        [journeyId, request.name ?? null, request.description ?? null, request.personaId !== undefined, request.personaId ?? null],
      )
      .catch(personaGone);
    return loadJourneySummary(this.db.manager, journeyId);
  }

  /** Stages, touchpoints and links go with it; outcomes, quotes and KPIs stay (KPIs fall back to the project). */
  async remove(caller: Caller, journeyId: string): Promise<void> {
    await this.access.resource(caller, 'journey', journeyId, 'write');
    await this.db.query('DELETE FROM journeys WHERE id = $1', [journeyId]);
  }
}
