import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { JourneyReferencesService } from './journey-references.service.js';
import { isForeignKeyViolation, writeJourney } from './journey-write.js';

const LINKED_FOREIGN_KEY = { outcome: 'journey_outcome_links_outcome_id_fkey', highlight: 'touchpoint_highlights_highlight_id_fkey' } as const;

/**
 * Links from outcomes to a stage as a whole or to one touchpoint, and from quotes (highlights) to
 * touchpoints. Linking twice changes nothing; unlinking what is not linked succeeds too.
 */
@Injectable()
export class JourneyLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly references: JourneyReferencesService,
  ) {}

  async linkStageOutcome(caller: Caller, stageId: string, outcomeId: string): Promise<void> {
    const stage = await this.access.resource(caller, 'stage', stageId, 'write');
    await this.references.assertLinkableOutcome(caller, stage.projectId, outcomeId);
    await this.insert('outcome', { kind: 'stage', id: stageId }, [
      `INSERT INTO journey_outcome_links (outcome_id, journey_id, stage_id)
       SELECT $2, s.journey_id, s.id FROM journey_stages s WHERE s.id = $1 ON CONFLICT DO NOTHING`,
      [stageId, outcomeId],
    ]);
  }

  async unlinkStageOutcome(caller: Caller, stageId: string, outcomeId: string): Promise<void> {
    await this.access.resource(caller, 'stage', stageId, 'write');
    await writeJourney(this.db, { kind: 'stage', id: stageId }, (manager) =>
      manager.query('DELETE FROM journey_outcome_links WHERE stage_id = $1 AND touchpoint_id IS NULL AND outcome_id = $2', [stageId, outcomeId]),
    );
  }

  async linkTouchpointOutcome(caller: Caller, touchpointId: string, outcomeId: string): Promise<void> {
    const touchpoint = await this.access.resource(caller, 'touchpoint', touchpointId, 'write');
    await this.references.assertLinkableOutcome(caller, touchpoint.projectId, outcomeId);
    // Under the journey lock, so the stage copied here cannot go stale by a concurrent move.
    await this.insert('outcome', { kind: 'touchpoint', id: touchpointId }, [
      `INSERT INTO journey_outcome_links (outcome_id, journey_id, stage_id, touchpoint_id)
       SELECT $2, t.journey_id, t.stage_id, t.id FROM touchpoints t WHERE t.id = $1 ON CONFLICT DO NOTHING`,
      [touchpointId, outcomeId],
    ]);
  }

  async unlinkTouchpointOutcome(caller: Caller, touchpointId: string, outcomeId: string): Promise<void> {
    await this.access.resource(caller, 'touchpoint', touchpointId, 'write');
    await writeJourney(this.db, { kind: 'touchpoint', id: touchpointId }, (manager) =>
      manager.query('DELETE FROM journey_outcome_links WHERE touchpoint_id = $1 AND outcome_id = $2', [touchpointId, outcomeId]),
    );
  }

  async linkHighlight(caller: Caller, touchpointId: string, highlightId: string): Promise<void> {
    const touchpoint = await this.access.resource(caller, 'touchpoint', touchpointId, 'write');
    await this.references.assertLinkableHighlight(caller, touchpoint.projectId, highlightId);
    await this.insert('highlight', { kind: 'touchpoint', id: touchpointId }, [
      'INSERT INTO touchpoint_highlights (touchpoint_id, highlight_id) SELECT t.id, $2 FROM touchpoints t WHERE t.id = $1 ON CONFLICT DO NOTHING',
      [touchpointId, highlightId],
    ]);
  }

  async unlinkHighlight(caller: Caller, touchpointId: string, highlightId: string): Promise<void> {
    await this.access.resource(caller, 'touchpoint', touchpointId, 'write');
    await writeJourney(this.db, { kind: 'touchpoint', id: touchpointId }, (manager) =>
      manager.query('DELETE FROM touchpoint_highlights WHERE touchpoint_id = $1 AND highlight_id = $2', [touchpointId, highlightId]),
    );
  }

  private async insert(linked: 'outcome' | 'highlight', target: { kind: 'stage' | 'touchpoint'; id: string }, [sql, params]: [string, unknown[]]): Promise<void> {
    try {
      await writeJourney(this.db, target, (manager) => manager.query(sql, params));
    } catch (error) {
      if (isForeignKeyViolation(error, LINKED_FOREIGN_KEY[linked])) throw notFound(linked);
      throw error;
    }
  }
}
