import type { MigrationInterface, QueryRunner } from 'typeorm';

// Title words rank above transcript words; 'english' stems so "invoices" finds "invoice".
// Angle brackets become look-alike quotes first: the parser would otherwise drop "<inaudible>" as an XML tag.
const SEARCH_VECTOR_EXPRESSION = `setweight(to_tsvector('english'::regconfig, translate(coalesce(title, ''), '<>', '‹›')), 'A') || setweight(to_tsvector('english'::regconfig, translate(transcript, '<>', '‹›')), 'B')`;

const PASSAGE_VECTOR_EXPRESSION = `to_tsvector('english'::regconfig, translate(text, '<>', '‹›'))`;

/** Accounts, workspaces, tokens, projects, the interview repository and highlights. */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        name varchar(120) NOT NULL,
        password_hash varchar(255) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_key UNIQUE (email)
      )`);
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT sessions_token_hash_key UNIQUE (token_hash)
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);
    await queryRunner.query(`
      CREATE TABLE workspaces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE workspace_members (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role varchar(16) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, user_id),
        CONSTRAINT workspace_members_role_check CHECK (role IN ('owner', 'researcher', 'viewer'))
      )`);
    await queryRunner.query(`CREATE INDEX workspace_members_user_id_idx ON workspace_members (user_id)`);
    await queryRunner.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name varchar(80) NOT NULL,
        scope varchar(8) NOT NULL,
        prefix varchar(16) NOT NULL,
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT api_tokens_token_hash_key UNIQUE (token_hash),
        CONSTRAINT api_tokens_scope_check CHECK (scope IN ('read', 'write'))
      )`);
    await queryRunner.query(`CREATE INDEX api_tokens_workspace_user_idx ON api_tokens (workspace_id, user_id)`);
    await queryRunner.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name varchar(160) NOT NULL,
        description text NOT NULL DEFAULT '',
        job_statement varchar(500) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX projects_workspace_created_idx ON projects (workspace_id, created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE job_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name varchar(120) NOT NULL,
        description text NOT NULL DEFAULT '',
        universal_step varchar(16),
        position integer NOT NULL,
        CONSTRAINT job_steps_universal_step_check CHECK (universal_step IN ('Define', 'Locate', 'Prepare', 'Confirm', 'Execute', 'Monitor', 'Modify', 'Conclude'))
      )`);
    await queryRunner.query(`CREATE INDEX job_steps_project_position_idx ON job_steps (project_id, position)`);
    await queryRunner.query(`
      CREATE TABLE personas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name varchar(120) NOT NULL,
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX personas_project_name_key ON personas (project_id, lower(name))`);
    await queryRunner.query(`
      CREATE TABLE interviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        format varchar(8) NOT NULL,
        participant_pseudonym varchar(120) NOT NULL DEFAULT '',
        persona_id uuid REFERENCES personas(id) ON DELETE SET NULL,
        participant_attributes jsonb NOT NULL DEFAULT '{}',
        interviewer varchar(120) NOT NULL DEFAULT '',
        interview_date date,
        language varchar(16) NOT NULL DEFAULT 'en',
        transcript text NOT NULL,
        utterances jsonb NOT NULL,
        utterance_count integer NOT NULL,
        word_count integer NOT NULL,
        content_hash char(64) NOT NULL,
        search_vector tsvector GENERATED ALWAYS AS (${SEARCH_VECTOR_EXPRESSION}) STORED,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT interviews_format_check CHECK (format IN ('txt', 'md', 'vtt', 'srt', 'docx')),
        CONSTRAINT interviews_project_content_key UNIQUE (project_id, content_hash)
      )`);
    await queryRunner.query(`CREATE INDEX interviews_project_created_idx ON interviews (project_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX interviews_project_persona_idx ON interviews (project_id, persona_id)`);
    // project_id first (btree_gin): a search only ever visits its own project's postings.
    await queryRunner.query(`CREATE INDEX interviews_search_idx ON interviews USING gin (project_id, search_vector)`);
    // TypeORM records generated-column expressions here to compare entities with the schema.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS typeorm_metadata (type varchar NOT NULL, database varchar, schema varchar, "table" varchar, name varchar, value text)`,
    );
    await queryRunner.query(
      `INSERT INTO typeorm_metadata (type, database, schema, "table", name, value) VALUES ('GENERATED_COLUMN', current_database(), 'public', 'interviews', 'search_vector', $1)`,
      [SEARCH_VECTOR_EXPRESSION],
    );
    // Utterance-sized passages: search snippets come from the best passage instead of re-parsing whole transcripts.
    await queryRunner.query(`
      CREATE TABLE interview_passages (
        interview_id uuid NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        position integer NOT NULL,
        start_offset integer NOT NULL,
        text text NOT NULL,
        search_vector tsvector GENERATED ALWAYS AS (${PASSAGE_VECTOR_EXPRESSION}) STORED,
        PRIMARY KEY (interview_id, position)
      )`);
    await queryRunner.query(
      `INSERT INTO typeorm_metadata (type, database, schema, "table", name, value) VALUES ('GENERATED_COLUMN', current_database(), 'public', 'interview_passages', 'search_vector', $1)`,
      [PASSAGE_VECTOR_EXPRESSION],
    );
    await queryRunner.query(`
      CREATE TABLE tags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name varchar(80) NOT NULL,
        color varchar(7) NOT NULL,
        group_name varchar(80),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX tags_project_name_key ON tags (project_id, lower(name))`);
    await queryRunner.query(`
      CREATE TABLE highlights (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        interview_id uuid NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        quote text NOT NULL,
        note text NOT NULL DEFAULT '',
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT highlights_offsets_check CHECK (start_offset >= 0 AND end_offset > start_offset),
        CONSTRAINT highlights_no_overlap EXCLUDE USING gist (interview_id WITH =, int4range(start_offset, end_offset) WITH &&)
      )`);
    await queryRunner.query(`CREATE INDEX highlights_interview_start_idx ON highlights (interview_id, start_offset)`);
    await queryRunner.query(`
      CREATE TABLE highlight_tags (
        highlight_id uuid NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
        tag_id uuid NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (highlight_id, tag_id)
      )`);
    await queryRunner.query(`CREATE INDEX highlight_tags_tag_id_idx ON highlight_tags (tag_id, highlight_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM typeorm_metadata WHERE "table" IN ('interviews', 'interview_passages') AND name = 'search_vector'`);
    for (const table of ['highlight_tags', 'highlights', 'tags', 'interview_passages', 'interviews', 'personas', 'job_steps', 'projects', 'api_tokens', 'workspace_members', 'workspaces', 'sessions', 'users']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
