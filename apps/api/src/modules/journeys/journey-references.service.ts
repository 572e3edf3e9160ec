import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound, unprocessable } from '../../common/app-error.js';
import type { Caller } from '../auth/caller.js';
import { outcomeKey } from '../outcomes/outcome.mapper.js';
import { AccessService, type Access } from '../workspaces/access.service.js';

/**
 * Checks the ids a journey write points at: they must be visible to the caller (another workspace
 * answers 404, as an unknown id) and belong to the journey's own project (422 otherwise).
 */
@Injectable()
export class JourneyReferencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Personas have no access kind of their own: one in another workspace than the journey's is not there. */
  async assertPersona(journey: Access, personaId: string): Promise<void> {
    const rows: { project_id: string; workspace_id: string }[] = await this.db.query(
      'SELECT pe.project_id, p.workspace_id FROM personas pe JOIN projects p ON p.id = pe.project_id WHERE pe.id = $1',
      [personaId],
    );
    const persona = rows[0];
    if (!persona || persona.workspace_id !== journey.workspaceId) throw notFound('persona');
    if (persona.project_id !== journey.projectId) {
      throw unprocessable('PERSONA_NOT_IN_PROJECT', 'The persona belongs to another project than this journey', { personaId });
    }
  }

  /** An outcome of the project that is not merged away; proposed and rejected ones may be linked (the atlas shows their status). */
  async assertLinkableOutcome(caller: Caller, projectId: string, outcomeId: string): Promise<void> {
    const outcome = await this.access.resource(caller, 'outcome', outcomeId, 'read');
    if (outcome.projectId !== projectId) {
      throw unprocessable('OUTCOME_NOT_IN_PROJECT', 'The outcome belongs to another project than this journey', { outcomeId });
    }
    const rows: { status: string; merged_into_id: string | null; merged_into_key: number | null }[] = await this.db.query(
      'SELECT o.status, o.merged_into_id, m.key AS merged_into_key FROM outcomes o LEFT JOIN outcomes m ON m.id = o.merged_into_id WHERE o.id = $1',
      [outcomeId],
    );
    const row = rows[0];
    if (!row) throw notFound('outcome');
    if (row.status === 'merged') {
      const into = row.merged_into_id && row.merged_into_key !== null ? { outcomeId: row.merged_into_id, key: outcomeKey(row.merged_into_key) } : null;
      throw unprocessable(
        'OUTCOME_MERGED',
        into ? `This outcome was merged into ${into.key}; link that one instead` : 'This outcome was merged into another one; link that one instead',
        { outcomeId, mergedInto: into },
      );
    }
  }

  async assertLinkableHighlight(caller: Caller, projectId: string, highlightId: string): Promise<void> {
    const highlight = await this.access.resource(caller, 'highlight', highlightId, 'read');
    if (highlight.projectId !== projectId) {
      throw unprocessable('HIGHLIGHT_NOT_IN_PROJECT', 'The highlight comes from an interview of another project than this journey', { highlightId });
    }
  }
}
