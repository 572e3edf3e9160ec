import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AI-assisted extraction: extraction jobs with their per-chunk results (so a crashed job resumes
 * without calling the model again for finished chunks), desired outcomes and their evidence quotes.
 * pg-boss keeps its own queue tables in the `pgboss` schema, which it migrates itself.
 */
export class ExtractionAndOutcomes1764000000000 implements MigrationInterface {
  name = 'ExtractionAndOutcomes1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram indexes find duplicate candidates among a project's outcomes without scanning them all.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`ALTER TABLE projects ADD COLUMN extraction_model varchar(200)`);
    await queryRunner.query(`ALTER TABLE projects ADD COLUMN redact_pii boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE projects ADD COLUMN next_outcome_key integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`
      CREATE TABLE extraction_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        interview_id uuid NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        provider varchar(16) NOT NULL,
        model varchar(200) NOT NULL,
        prompt_version varchar(40) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'queued',
        chunks_total integer NOT NULL DEFAULT 0,
        chunks_done integer NOT NULL DEFAULT 0,
        outcomes_created integer NOT NULL DEFAULT 0,
        duplicates_found integer NOT NULL DEFAULT 0,
        ungrounded_dropped integer NOT NULL DEFAULT 0,
        prompt_tokens integer NOT NULL DEFAULT 0,
        completion_tokens integer NOT NULL DEFAULT 0,
        cost_estimate_usd numeric(12,6),
        attempts integer NOT NULL DEFAULT 0,
        error_code varchar(64),
        error_message text,
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CONSTRAINT extraction_jobs_provider_check CHECK (provider IN ('openai', 'offline')),
        CONSTRAINT extraction_jobs_status_check CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled'))
      )`);
    await queryRunner.query(`CREATE INDEX extraction_jobs_project_created_idx ON extraction_jobs (project_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX extraction_jobs_interview_created_idx ON extraction_jobs (interview_id, created_at DESC)`);
    // One live job per interview and extractor version: a double click or a second tab cannot start a twin.
    await queryRunner.query(
      `CREATE UNIQUE INDEX extraction_jobs_one_active_key ON extraction_jobs (interview_id, provider, model, prompt_version) WHERE status IN ('queued', 'running')`,
    );
    await queryRunner.query(`
      CREATE TABLE extraction_chunks (
        job_id uuid NOT NULL REFERENCES extraction_jobs(id) ON DELETE CASCADE,
        chunk_index integer NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        candidates jsonb NOT NULL,
        prompt_tokens integer NOT NULL DEFAULT 0,
        completion_tokens integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT extraction_chunks_pkey PRIMARY KEY (job_id, chunk_index)
      )`);
    await queryRunner.query(`
      CREATE TABLE outcomes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        key integer NOT NULL,
        statement varchar(500) NOT NULL,
        normalized_statement varchar(500) NOT NULL,
        direction varchar(16),
        metric varchar(200),
        object_of_control varchar(500),
        contextual_clarifier varchar(500),
        job_step_id uuid REFERENCES job_steps(id) ON DELETE SET NULL,
        status varchar(16) NOT NULL DEFAULT 'proposed',
        confidence real,
        lint_issues jsonb NOT NULL DEFAULT '[]',
        source varchar(16) NOT NULL,
        provider varchar(16),
        model varchar(200),
        prompt_version varchar(40),
        extraction_job_id uuid REFERENCES extraction_jobs(id) ON DELETE SET NULL,
        source_interview_id uuid REFERENCES interviews(id) ON DELETE SET NULL,
        extraction_fingerprint char(64),
        possible_duplicate_of uuid REFERENCES outcomes(id) ON DELETE SET NULL,
        duplicate_similarity real,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outcomes_status_check CHECK (status IN ('proposed', 'accepted', 'rejected', 'merged')),
        CONSTRAINT outcomes_source_check CHECK (source IN ('extraction', 'manual')),
        CONSTRAINT outcomes_project_key_key UNIQUE (project_id, key)
      )`);
    // Re-running an interview with the same extractor version finds its earlier outcomes by fingerprint.
    await queryRunner.query(
      `CREATE UNIQUE INDEX outcomes_extraction_fingerprint_key ON outcomes (project_id, extraction_fingerprint) WHERE extraction_fingerprint IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX outcomes_project_status_idx ON outcomes (project_id, status, key)`);
    await queryRunner.query(`CREATE INDEX outcomes_job_step_idx ON outcomes (job_step_id)`);
    await queryRunner.query(`CREATE INDEX outcomes_normalized_trgm_idx ON outcomes USING gin (project_id, normalized_statement gin_trgm_ops)`);
    await queryRunner.query(`
      CREATE TABLE outcome_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outcome_id uuid NOT NULL REFERENCES outcomes(id) ON DELETE CASCADE,
        interview_id uuid NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        quote text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outcome_evidence_offsets_check CHECK (start_offset >= 0 AND end_offset > start_offset),
        CONSTRAINT outcome_evidence_outcome_span_key UNIQUE (outcome_id, interview_id, start_offset, end_offset)
      )`);
    await queryRunner.query(`CREATE INDEX outcome_evidence_interview_start_idx ON outcome_evidence (interview_id, start_offset)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['outcome_evidence', 'outcomes', 'extraction_chunks', 'extraction_jobs']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
    for (const column of ['next_outcome_key', 'redact_pii', 'extraction_model']) {
      await queryRunner.query(`ALTER TABLE projects DROP COLUMN IF EXISTS ${column}`);
    }
  }
}
