import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Opportunity counts from bitmaps instead of a million index entries per request (ADR 0005).
 *
 * - Every respondent gets a `slot`, dense per project (1, 2, 3, … in creation order; never reused), numbered
 *   by insert triggers that keep the project's `respondent_slots` counter, so every writer gets one.
 * - `outcome_answer_bitmaps` keeps, per outcome, four bit strings indexed by slot: who answered importance,
 *   who gave it a top-two-box answer (4 or 5), and the same for satisfaction. The backlog's top-two-box
 *   counts are then `bit_count(bitmap & mask)`, where the mask holds the slots of the respondents in scope
 *   (all of the project's, or a segment's): a few microseconds per outcome instead of an index range scan.
 * - The bitmaps are derived from `ratings`, which stays the truth: statement-level triggers rebuild the
 *   bitmaps of every outcome a statement inserted, updated or deleted ratings of. Ratings deleted with
 *   their respondent need no rebuild: slots are never reused and every count is masked by the respondents
 *   that exist, so a deleted respondent's bits count for nothing.
 * - A rebuild first locks the outcomes' bitmap rows (creating missing ones) in id order, and only then reads
 *   the ratings, in a later statement with a fresh snapshot: two transactions rating the same outcome
 *   rebuild one after the other, and the second sees the first's ratings.
 */
export class AnswerBitmaps1764800000000 implements MigrationInterface {
  name = 'AnswerBitmaps1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE projects ADD COLUMN respondent_slots integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE respondents ADD COLUMN slot integer`);
    await queryRunner.query(`
      UPDATE respondents r SET slot = n.no
      FROM (SELECT id, row_number() OVER (PARTITION BY project_id ORDER BY created_at, id)::int AS no FROM respondents) n
      WHERE n.id = r.id`);
    await queryRunner.query(`
      UPDATE projects p SET respondent_slots = n.slots
      FROM (SELECT project_id, max(slot) AS slots FROM respondents GROUP BY project_id) n WHERE n.project_id = p.id`);
    await queryRunner.query(`ALTER TABLE respondents ALTER COLUMN slot SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE respondents ADD CONSTRAINT respondents_project_slot_key UNIQUE (project_id, slot)`);
    // The next slot is one past the highest ever handed out: the project's counter (which remembers deleted
    // respondents' slots) or a row inserted earlier in this transaction (a row trigger sees earlier rows of its
    // statement), whichever is higher. Reading instead of updating the project per row keeps a 10,000-row import
    // linear (updating one row 10,000 times in a transaction walks an ever longer version chain); the counter is
    // written once per statement, and the advisory lock makes concurrent writers of one project take turns.
    await queryRunner.query(`
      CREATE FUNCTION respondents_assign_slot() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('respondent-slots:' || NEW.project_id::text, 0));
        SELECT greatest(
          (SELECT p.respondent_slots FROM projects p WHERE p.id = NEW.project_id),
          (SELECT max(r.slot) FROM respondents r WHERE r.project_id = NEW.project_id)
        ) + 1 INTO NEW.slot;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION respondents_count_slots() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE projects p SET respondent_slots = n.slots
        FROM (SELECT project_id, max(slot) AS slots FROM added GROUP BY project_id) n
        WHERE p.id = n.project_id AND p.respondent_slots < n.slots;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER respondents_slot BEFORE INSERT ON respondents FOR EACH ROW EXECUTE FUNCTION respondents_assign_slot()`);
    await queryRunner.query(`
      CREATE TRIGGER respondents_slots_counted AFTER INSERT ON respondents REFERENCING NEW TABLE AS added
      FOR EACH STATEMENT EXECUTE FUNCTION respondents_count_slots()`);

    await queryRunner.query(`
      CREATE TABLE outcome_answer_bitmaps (
        outcome_id uuid NOT NULL,
        importance_answered varbit NOT NULL,
        importance_top varbit NOT NULL,
        satisfaction_answered varbit NOT NULL,
        satisfaction_top varbit NOT NULL,
        CONSTRAINT outcome_answer_bitmaps_pkey PRIMARY KEY (outcome_id),
        CONSTRAINT outcome_answer_bitmaps_outcome_id_fkey FOREIGN KEY (outcome_id) REFERENCES outcomes(id) ON DELETE CASCADE
      )`);

    // The bits of the slots both strings have (a bitmap is as long as its highest rated slot, a mask as its highest chosen one).
    await queryRunner.query(`
      CREATE FUNCTION masked_bit_count(bits varbit, mask varbit) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT bit_count(substring(bits FROM 1 FOR least(length(bits), length(mask))) & substring(mask FROM 1 FOR least(length(bits), length(mask))))::integer
      $$`);

    await queryRunner.query(`
      CREATE FUNCTION rebuild_answer_bitmaps(outcome_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(outcome_ids) = 0 THEN
          RETURN;
        END IF;
        INSERT INTO outcome_answer_bitmaps (outcome_id, importance_answered, importance_top, satisfaction_answered, satisfaction_top)
        SELECT o.id, B'', B'', B'', B'' FROM outcomes o WHERE o.id = ANY (outcome_ids) ORDER BY o.id
        ON CONFLICT (outcome_id) DO NOTHING;
        PERFORM 1 FROM outcome_answer_bitmaps WHERE outcome_id = ANY (outcome_ids) ORDER BY outcome_id FOR UPDATE;
        -- Slots in 64-bit words (one hash aggregate, no sort of the ratings), then each outcome's words in order
        -- as bit strings, a skipped word as 64 zeros: bit n of a bitmap (1-based) is slot n.
        UPDATE outcome_answer_bitmaps b
        SET importance_answered = coalesce(x.importance_answered, B''), importance_top = coalesce(x.importance_top, B''),
          satisfaction_answered = coalesce(x.satisfaction_answered, B''), satisfaction_top = coalesce(x.satisfaction_top, B'')
        FROM unnest(outcome_ids) AS chosen(outcome_id)
        LEFT JOIN (
          SELECT w.outcome_id,
            string_agg(w.gap || w.importance_answered::bit(64)::text, '' ORDER BY w.word)::varbit AS importance_answered,
            string_agg(w.gap || w.importance_top::bit(64)::text, '' ORDER BY w.word)::varbit AS importance_top,
            string_agg(w.gap || w.satisfaction_answered::bit(64)::text, '' ORDER BY w.word)::varbit AS satisfaction_answered,
            string_agg(w.gap || w.satisfaction_top::bit(64)::text, '' ORDER BY w.word)::varbit AS satisfaction_top
          FROM (
            SELECT s.outcome_id, s.word,
              repeat('0', 64 * (s.word - 1 - coalesce(lag(s.word) OVER (PARTITION BY s.outcome_id ORDER BY s.word), -1))) AS gap,
              coalesce(bit_or(s.bit) FILTER (WHERE s.importance IS NOT NULL), 0) AS importance_answered,
              coalesce(bit_or(s.bit) FILTER (WHERE s.importance >= 4), 0) AS importance_top,
              coalesce(bit_or(s.bit) FILTER (WHERE s.satisfaction IS NOT NULL), 0) AS satisfaction_answered,
              coalesce(bit_or(s.bit) FILTER (WHERE s.satisfaction >= 4), 0) AS satisfaction_top
            FROM (
              SELECT ra.outcome_id, ra.importance, ra.satisfaction, (r.slot - 1) / 64 AS word, 1::bigint << (63 - (r.slot - 1) % 64) AS bit
              FROM ratings ra JOIN respondents r ON r.id = ra.respondent_id
              WHERE ra.outcome_id = ANY (outcome_ids)) s
            GROUP BY s.outcome_id, s.word) w
          GROUP BY w.outcome_id) x ON x.outcome_id = chosen.outcome_id
        WHERE b.outcome_id = chosen.outcome_id;
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION ratings_rebuild_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM rebuild_answer_bitmaps(ARRAY(SELECT DISTINCT outcome_id FROM changed));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION ratings_rebuild_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM rebuild_answer_bitmaps(ARRAY(SELECT outcome_id FROM before UNION SELECT outcome_id FROM changed));
        RETURN NULL;
      END $$`);
    // Ratings deleted with their respondent (who no longer exists) leave bits that no mask selects: no rebuild.
    await queryRunner.query(`
      CREATE FUNCTION ratings_rebuild_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM rebuild_answer_bitmaps(ARRAY(
          SELECT DISTINCT g.outcome_id FROM gone g WHERE EXISTS (SELECT 1 FROM respondents r WHERE r.id = g.respondent_id)));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER ratings_bitmaps_inserted AFTER INSERT ON ratings REFERENCING NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION ratings_rebuild_inserted()`);
    await queryRunner.query(`
      CREATE TRIGGER ratings_bitmaps_updated AFTER UPDATE ON ratings REFERENCING OLD TABLE AS before NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION ratings_rebuild_updated()`);
    await queryRunner.query(`
      CREATE TRIGGER ratings_bitmaps_deleted AFTER DELETE ON ratings REFERENCING OLD TABLE AS gone
      FOR EACH STATEMENT EXECUTE FUNCTION ratings_rebuild_deleted()`);

    await queryRunner.query(`SELECT rebuild_answer_bitmaps(ARRAY(SELECT id FROM outcomes o WHERE EXISTS (SELECT 1 FROM ratings ra WHERE ra.outcome_id = o.id)))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS ratings_bitmaps_deleted ON ratings`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS ratings_bitmaps_updated ON ratings`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS ratings_bitmaps_inserted ON ratings`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ratings_rebuild_deleted()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ratings_rebuild_updated()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ratings_rebuild_inserted()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS rebuild_answer_bitmaps(uuid[])`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS masked_bit_count(varbit, varbit)`);
    await queryRunner.query(`DROP TABLE IF EXISTS outcome_answer_bitmaps`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS respondents_slots_counted ON respondents`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS respondents_slot ON respondents`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS respondents_count_slots()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS respondents_assign_slot()`);
    await queryRunner.query(`ALTER TABLE respondents DROP CONSTRAINT IF EXISTS respondents_project_slot_key`);
    await queryRunner.query(`ALTER TABLE respondents DROP COLUMN IF EXISTS slot`);
    await queryRunner.query(`ALTER TABLE projects DROP COLUMN IF EXISTS respondent_slots`);
  }
}
