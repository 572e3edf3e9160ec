import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes bulk writes into `ratings` cheap without giving up integrity. A survey import writes a million
 * ratings at once, and each row used to maintain four indexes and fire two per-row foreign-key checks.
 *
 * - One index instead of two for the answers: the primary key covers them, `(outcome_id, respondent_id)
 *   INCLUDE (importance, satisfaction)`, so the opportunity aggregates, the rating matrix and the segment
 *   joins (respondent_id is a key column) stay index-only scans, and `ratings_outcome_answers_idx` goes.
 * - `ratings_project_idx` goes too: its only readers were the per-project listing and the import's "does
 *   this project have ratings yet". Both now go through the project's outcomes and the primary key (the
 *   listing walks the outcomes in id order and each one's ratings in key order, from the cursor: the
 *   (outcome, respondent) order it pages in), and a project's deletion removes its ratings through its
 *   outcomes (below). `project_id` itself stays, denormalised, unindexed.
 *   `ratings_respondent_idx` stays: respondents' rating counts, the per-respondent listing and the
 *   respondents' cascade below look ratings up by respondent.
 * - The foreign keys to outcomes and respondents become set-based integrity. Their per-row RI triggers
 *   (a KEY SHARE lock and a lookup per inserted row; ~9 s per million) are replaced by:
 *   - writers: every path that inserts or moves ratings (import, batch upsert, merge and undo) checks
 *     in SQL that the outcomes and respondents belong to the project and locks them with one
 *     `FOR KEY SHARE` (or stronger) statement per table, in the same transaction, so a concurrent delete
 *     waits for the write to commit and then removes its ratings, or commits first and the write then
 *     finds the row gone and refuses (the seed writes only rows its own transaction created);
 *   - deletes: statement-level AFTER DELETE triggers on outcomes and respondents delete the ratings of
 *     every row the statement removed (`REFERENCING OLD TABLE`), once per statement. A project's or
 *     workspace's deletion cascades to its outcomes and respondents and so fires them. TRUNCATE of
 *     either table empties ratings, and an id that ratings reference cannot change (as the foreign
 *     keys' NO ACTION on update guaranteed).
 */
export class RatingsBulkWrites1764500000000 implements MigrationInterface {
  name = 'RatingsBulkWrites1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE ratings DROP CONSTRAINT ratings_pkey, ADD CONSTRAINT ratings_pkey PRIMARY KEY (outcome_id, respondent_id) INCLUDE (importance, satisfaction)`,
    );
    await queryRunner.query(`DROP INDEX ratings_outcome_answers_idx`);
    await queryRunner.query(`DROP INDEX ratings_project_idx`);
    await queryRunner.query(`ALTER TABLE ratings DROP CONSTRAINT ratings_outcome_id_fkey, DROP CONSTRAINT ratings_respondent_id_fkey`);

    await queryRunner.query(`
      CREATE FUNCTION ratings_delete_of_gone_outcomes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM ratings WHERE outcome_id IN (SELECT id FROM gone);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION ratings_delete_of_gone_respondents() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM ratings WHERE respondent_id IN (SELECT id FROM gone);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outcomes_delete_ratings AFTER DELETE ON outcomes REFERENCING OLD TABLE AS gone
      FOR EACH STATEMENT EXECUTE FUNCTION ratings_delete_of_gone_outcomes()`);
    await queryRunner.query(`
      CREATE TRIGGER respondents_delete_ratings AFTER DELETE ON respondents REFERENCING OLD TABLE AS gone
      FOR EACH STATEMENT EXECUTE FUNCTION ratings_delete_of_gone_respondents()`);

    await queryRunner.query(`
      CREATE FUNCTION ratings_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Not TRUNCATE: ratings may be part of the same TRUNCATE (through users), which then refuses a nested one.
        DELETE FROM ratings;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER outcomes_truncate_ratings AFTER TRUNCATE ON outcomes FOR EACH STATEMENT EXECUTE FUNCTION ratings_truncate()`);
    await queryRunner.query(`CREATE TRIGGER respondents_truncate_ratings AFTER TRUNCATE ON respondents FOR EACH STATEMENT EXECUTE FUNCTION ratings_truncate()`);

    // Only fires when an UPDATE names the id column (nothing does), so ordinary updates pay nothing.
    await queryRunner.query(`
      CREATE FUNCTION ratings_refuse_rekey() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        referenced boolean;
      BEGIN
        IF TG_TABLE_NAME = 'outcomes' THEN
          referenced := EXISTS (SELECT 1 FROM ratings WHERE outcome_id = OLD.id);
        ELSE
          referenced := EXISTS (SELECT 1 FROM ratings WHERE respondent_id = OLD.id);
        END IF;
        IF referenced THEN
          RAISE EXCEPTION 'update on table "%" would orphan the ratings of id %', TG_TABLE_NAME, OLD.id USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outcomes_rekey_ratings BEFORE UPDATE OF id ON outcomes
      FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION ratings_refuse_rekey()`);
    await queryRunner.query(`
      CREATE TRIGGER respondents_rekey_ratings BEFORE UPDATE OF id ON respondents
      FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION ratings_refuse_rekey()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS respondents_rekey_ratings ON respondents`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS outcomes_rekey_ratings ON outcomes`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ratings_refuse_rekey()`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS respondents_truncate_ratings ON respondents`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS outcomes_truncate_ratings ON outcomes`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ratings_truncate()`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS respondents_delete_ratings ON respondents`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS outcomes_delete_ratings ON outcomes`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ratings_delete_of_gone_respondents()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ratings_delete_of_gone_outcomes()`);
    await queryRunner.query(`
      ALTER TABLE ratings
        ADD CONSTRAINT ratings_outcome_id_fkey FOREIGN KEY (outcome_id) REFERENCES outcomes(id) ON DELETE CASCADE,
        ADD CONSTRAINT ratings_respondent_id_fkey FOREIGN KEY (respondent_id) REFERENCES respondents(id) ON DELETE CASCADE`);
    await queryRunner.query(`CREATE INDEX ratings_project_idx ON ratings (project_id)`);
    await queryRunner.query(`CREATE INDEX ratings_outcome_answers_idx ON ratings (outcome_id) INCLUDE (importance, satisfaction, respondent_id)`);
    await queryRunner.query(`ALTER TABLE ratings DROP CONSTRAINT ratings_pkey, ADD CONSTRAINT ratings_pkey PRIMARY KEY (outcome_id, respondent_id)`);
  }
}
