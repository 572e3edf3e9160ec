import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journey and evaluation side of the chain (DOMAIN.md): journeys with ordered stages and
 * touchpoints, links from outcomes and quotes to them, KPIs with their time series, and solutions
 * aimed at opportunities.
 *
 * - Positions are unique per parent but DEFERRABLE, so a reorder or a move shifts siblings in one
 *   transaction without tripping over itself halfway.
 * - touchpoints carry their journey_id (denormalised from the stage) so the atlas reads one journey's
 *   touchpoints by index, and a move can be checked to stay within the journey.
 * - An outcome links to a stage as a whole (touchpoint_id null) or to a touchpoint in it; the unique
 *   index treats nulls as equal so the stage-level link exists once.
 * - A KPI is attached to at most one of journey, stage, touchpoint (none: the project). Deleting what it
 *   was attached to keeps the KPI and its history, attached to the project.
 */
export class JourneysKpisSolutions1764600000000 implements MigrationInterface {
  name = 'JourneysKpisSolutions1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE journeys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        persona_id uuid REFERENCES personas(id) ON DELETE SET NULL,
        name varchar(120) NOT NULL,
        description text NOT NULL DEFAULT '',
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX journeys_project_name_idx ON journeys (project_id, lower(name), id)`);
    await queryRunner.query(`CREATE INDEX journeys_persona_idx ON journeys (persona_id)`);

    await queryRunner.query(`
      CREATE TABLE journey_stages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        name varchar(80) NOT NULL,
        description text NOT NULL DEFAULT '',
        position integer NOT NULL,
        CONSTRAINT journey_stages_position_check CHECK (position >= 0),
        CONSTRAINT journey_stages_journey_position_key UNIQUE (journey_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    await queryRunner.query(`
      CREATE TABLE touchpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        stage_id uuid NOT NULL REFERENCES journey_stages(id) ON DELETE CASCADE,
        name varchar(120) NOT NULL,
        channel varchar(16) NOT NULL,
        owner_team varchar(120) NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        cx_level smallint,
        expectation text NOT NULL DEFAULT '',
        position integer NOT NULL,
        CONSTRAINT touchpoints_channel_check CHECK (channel IN ('web', 'app', 'phone', 'store', 'email', 'social', 'chat', 'in-person', 'other')),
        CONSTRAINT touchpoints_cx_level_check CHECK (cx_level BETWEEN 1 AND 5),
        CONSTRAINT touchpoints_position_check CHECK (position >= 0),
        CONSTRAINT touchpoints_stage_position_key UNIQUE (stage_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await queryRunner.query(`CREATE INDEX touchpoints_journey_idx ON touchpoints (journey_id)`);

    await queryRunner.query(`
      CREATE TABLE journey_outcome_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outcome_id uuid NOT NULL REFERENCES outcomes(id) ON DELETE CASCADE,
        journey_id uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        stage_id uuid NOT NULL REFERENCES journey_stages(id) ON DELETE CASCADE,
        touchpoint_id uuid REFERENCES touchpoints(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX journey_outcome_links_key ON journey_outcome_links (outcome_id, stage_id, touchpoint_id) NULLS NOT DISTINCT`,
    );
    await queryRunner.query(`CREATE INDEX journey_outcome_links_journey_idx ON journey_outcome_links (journey_id)`);
    await queryRunner.query(`CREATE INDEX journey_outcome_links_stage_idx ON journey_outcome_links (stage_id)`);
    await queryRunner.query(`CREATE INDEX journey_outcome_links_touchpoint_idx ON journey_outcome_links (touchpoint_id)`);

    await queryRunner.query(`
      CREATE TABLE touchpoint_highlights (
        touchpoint_id uuid NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
        highlight_id uuid NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT touchpoint_highlights_pkey PRIMARY KEY (touchpoint_id, highlight_id)
      )`);
    await queryRunner.query(`CREATE INDEX touchpoint_highlights_highlight_idx ON touchpoint_highlights (highlight_id)`);

    await queryRunner.query(`
      CREATE TABLE kpis (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name varchar(120) NOT NULL,
        type varchar(16) NOT NULL,
        level varchar(16) NOT NULL,
        unit varchar(40) NOT NULL,
        scale smallint,
        higher_is_better boolean NOT NULL,
        target double precision,
        description text NOT NULL DEFAULT '',
        journey_id uuid REFERENCES journeys(id) ON DELETE SET NULL,
        stage_id uuid REFERENCES journey_stages(id) ON DELETE SET NULL,
        touchpoint_id uuid REFERENCES touchpoints(id) ON DELETE SET NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT kpis_type_check CHECK (type IN ('nps', 'csat', 'ces', 'ttv', 'tcr', 'adoption', 'clv', 'custom')),
        CONSTRAINT kpis_level_check CHECK (level IN ('relationship', 'journey', 'touchpoint')),
        CONSTRAINT kpis_attachment_check CHECK (num_nonnulls(journey_id, stage_id, touchpoint_id) <= 1)
      )`);
    await queryRunner.query(`CREATE INDEX kpis_project_idx ON kpis (project_id, lower(name), id)`);
    await queryRunner.query(`CREATE INDEX kpis_journey_idx ON kpis (journey_id)`);
    await queryRunner.query(`CREATE INDEX kpis_stage_idx ON kpis (stage_id)`);
    await queryRunner.query(`CREATE INDEX kpis_touchpoint_idx ON kpis (touchpoint_id)`);

    await queryRunner.query(`
      CREATE TABLE kpi_outcomes (
        kpi_id uuid NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
        outcome_id uuid NOT NULL REFERENCES outcomes(id) ON DELETE CASCADE,
        CONSTRAINT kpi_outcomes_pkey PRIMARY KEY (kpi_id, outcome_id)
      )`);
    await queryRunner.query(`CREATE INDEX kpi_outcomes_outcome_idx ON kpi_outcomes (outcome_id)`);

    await queryRunner.query(`
      CREATE TABLE kpi_measurements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kpi_id uuid NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
        period_start date NOT NULL,
        period_end date NOT NULL,
        value double precision NOT NULL,
        sample_size integer,
        source varchar(16) NOT NULL,
        inputs jsonb,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT kpi_measurements_period_check CHECK (period_end >= period_start),
        CONSTRAINT kpi_measurements_sample_size_check CHECK (sample_size >= 0),
        CONSTRAINT kpi_measurements_source_check CHECK (source IN ('entered', 'imported', 'computed')),
        CONSTRAINT kpi_measurements_period_key UNIQUE (kpi_id, period_start, period_end)
      )`);
    // The latest value per KPI (cards, backlog, status filters) reads this index backwards.
    await queryRunner.query(`CREATE INDEX kpi_measurements_latest_idx ON kpi_measurements (kpi_id, period_end DESC, period_start DESC)`);

    await queryRunner.query(`
      CREATE TABLE solutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        title varchar(160) NOT NULL,
        description text NOT NULL DEFAULT '',
        hypothesis text NOT NULL DEFAULT '',
        status varchar(16) NOT NULL DEFAULT 'idea',
        ship_date date,
        expected_kpi_id uuid REFERENCES kpis(id) ON DELETE SET NULL,
        expected_direction varchar(16),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT solutions_status_check CHECK (status IN ('idea', 'testing', 'shipped', 'evaluated', 'dropped')),
        CONSTRAINT solutions_direction_check CHECK (expected_direction IN ('increase', 'decrease')),
        CONSTRAINT solutions_shipped_check CHECK (status NOT IN ('shipped', 'evaluated') OR ship_date IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX solutions_project_created_idx ON solutions (project_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX solutions_expected_kpi_idx ON solutions (expected_kpi_id)`);

    await queryRunner.query(`
      CREATE TABLE solution_outcomes (
        solution_id uuid NOT NULL REFERENCES solutions(id) ON DELETE CASCADE,
        outcome_id uuid NOT NULL REFERENCES outcomes(id) ON DELETE CASCADE,
        CONSTRAINT solution_outcomes_pkey PRIMARY KEY (solution_id, outcome_id)
      )`);
    await queryRunner.query(`CREATE INDEX solution_outcomes_outcome_idx ON solution_outcomes (outcome_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['solution_outcomes', 'solutions', 'kpi_measurements', 'kpi_outcomes', 'kpis', 'touchpoint_highlights', 'journey_outcome_links', 'touchpoints', 'journey_stages', 'journeys']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
