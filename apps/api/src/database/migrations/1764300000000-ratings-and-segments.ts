import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey respondents, their importance/satisfaction ratings (one per respondent and outcome), saved
 * outcome-based segmentations, and the ratings a merge moves (so undoing it moves exactly those back).
 */
export class RatingsAndSegments1764300000000 implements MigrationInterface {
  name = 'RatingsAndSegments1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE respondents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        external_id varchar(200) NOT NULL,
        segment varchar(100),
        attributes jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT respondents_project_external_key UNIQUE (project_id, external_id)
      )`);
    // Segment and attribute filters match case-insensitively, so the indexes are on the folded values.
    await queryRunner.query(`CREATE INDEX respondents_segment_idx ON respondents (project_id, lower(segment))`);
    await queryRunner.query(`CREATE INDEX respondents_attributes_idx ON respondents USING gin ((lower(attributes::text)::jsonb) jsonb_path_ops)`);

    // project_id is denormalised for the per-project listing; the outcome's cascade already removes ratings.
    await queryRunner.query(`
      CREATE TABLE ratings (
        outcome_id uuid NOT NULL REFERENCES outcomes(id) ON DELETE CASCADE,
        respondent_id uuid NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
        project_id uuid NOT NULL,
        importance smallint,
        satisfaction smallint,
        source varchar(16) NOT NULL,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ratings_pkey PRIMARY KEY (outcome_id, respondent_id),
        CONSTRAINT ratings_importance_check CHECK (importance BETWEEN 1 AND 5),
        CONSTRAINT ratings_satisfaction_check CHECK (satisfaction BETWEEN 1 AND 5),
        CONSTRAINT ratings_answered_check CHECK (importance IS NOT NULL OR satisfaction IS NOT NULL),
        CONSTRAINT ratings_source_check CHECK (source IN ('workshop', 'survey'))
      )`);
    await queryRunner.query(`CREATE INDEX ratings_respondent_idx ON ratings (respondent_id)`);
    await queryRunner.query(`CREATE INDEX ratings_project_idx ON ratings (project_id)`);

    await queryRunner.query(`
      CREATE TABLE segmentations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name varchar(80) NOT NULL,
        k smallint NOT NULL,
        seed integer NOT NULL,
        chosen_by varchar(16) NOT NULL,
        silhouette double precision NOT NULL,
        silhouette_by_k jsonb NOT NULL DEFAULT '[]',
        respondent_count integer NOT NULL,
        outcome_count integer NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT segmentations_chosen_by_check CHECK (chosen_by IN ('given', 'silhouette'))
      )`);
    await queryRunner.query(`CREATE INDEX segmentations_project_created_idx ON segmentations (project_id, created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE saved_segments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        segmentation_id uuid NOT NULL REFERENCES segmentations(id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name varchar(120) NOT NULL,
        position smallint NOT NULL,
        size integer NOT NULL,
        share double precision NOT NULL,
        top_opportunities jsonb NOT NULL DEFAULT '[]',
        CONSTRAINT saved_segments_segmentation_position_key UNIQUE (segmentation_id, position)
      )`);
    await queryRunner.query(`CREATE INDEX saved_segments_project_idx ON saved_segments (project_id)`);
    await queryRunner.query(`
      CREATE TABLE saved_segment_members (
        segment_id uuid NOT NULL REFERENCES saved_segments(id) ON DELETE CASCADE,
        respondent_id uuid NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
        CONSTRAINT saved_segment_members_pkey PRIMARY KEY (segment_id, respondent_id)
      )`);
    await queryRunner.query(`CREATE INDEX saved_segment_members_respondent_idx ON saved_segment_members (respondent_id)`);

    await queryRunner.query(`ALTER TABLE outcome_merges ADD COLUMN moved_rating_respondent_ids uuid[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outcome_merges DROP COLUMN IF EXISTS moved_rating_respondent_ids`);
    await queryRunner.query(`DROP TABLE IF EXISTS saved_segment_members`);
    await queryRunner.query(`DROP TABLE IF EXISTS saved_segments`);
    await queryRunner.query(`DROP TABLE IF EXISTS segmentations`);
    await queryRunner.query(`DROP TABLE IF EXISTS ratings`);
    await queryRunner.query(`DROP TABLE IF EXISTS respondents`);
  }
}
