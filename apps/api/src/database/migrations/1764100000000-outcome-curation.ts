import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Curation of outcomes: an audit trail of who changed what (so two researchers can see each other's edits),
 * and the index behind sorting a project's outcomes by last change.
 */
export class OutcomeCuration1764100000000 implements MigrationInterface {
  name = 'OutcomeCuration1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // project_id copies outcomes.project_id for project-wide activity; the rows go with their outcome,
    // so it has no foreign key of its own (one would make every project delete scan this table).
    await queryRunner.query(`
      CREATE TABLE outcome_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outcome_id uuid NOT NULL REFERENCES outcomes(id) ON DELETE CASCADE,
        project_id uuid NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action varchar(32) NOT NULL,
        changes jsonb NOT NULL,
        extraction_job_id uuid REFERENCES extraction_jobs(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outcome_history_action_check CHECK (action IN ('created', 'updated', 'status_changed'))
      )`);
    await queryRunner.query(`CREATE INDEX outcome_history_outcome_created_idx ON outcome_history (outcome_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX outcomes_project_updated_idx ON outcomes (project_id, updated_at, key)`);
    // Outcomes extracted before this migration get the 'created' entry they would have had.
    await queryRunner.query(`
      INSERT INTO outcome_history (outcome_id, project_id, actor_id, action, changes, extraction_job_id, created_at)
      SELECT o.id, o.project_id, coalesce(j.requested_by, o.created_by), 'created',
        jsonb_build_object(
          'statement', jsonb_build_object('from', null, 'to', o.statement),
          'status', jsonb_build_object('from', null, 'to', o.status),
          'jobStepId', jsonb_build_object('from', null, 'to', o.job_step_id)),
        o.extraction_job_id, o.created_at
      FROM outcomes o LEFT JOIN extraction_jobs j ON j.id = o.extraction_job_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS outcomes_project_updated_idx`);
    await queryRunner.query(`DROP TABLE IF EXISTS outcome_history`);
  }
}
