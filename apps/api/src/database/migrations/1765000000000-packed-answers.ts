import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey answers packed per outcome, indexed by respondent slot (ADR 0006): a million answers are 500 rows, not a
 * million rows with a primary key each, so a survey import costs about what a raw COPY of its rows does.
 *
 * - `outcome_answers`: one row per rated outcome, three strings of equal length in which character n is slot n's
 *   (see 1764800000000-answer-bitmaps): `importance` and `satisfaction` `0` (no answer) or `1`–`5`, `sources` `0`
 *   (no rating), `s` survey or `w` workshop. A cell is a rating exactly when its source is not `0`.
 * - The four answer bitmaps of ADR 0005 are columns of the same row, set from the strings by a row trigger whenever
 *   a write changes the strings without setting them (only the survey import sets them itself, for speed); the
 *   rebuild triggers and `outcome_answer_bitmaps` go.
 * - `ratings` becomes a read-only view of the strings (one row per answered cell of a respondent that exists).
 * - Writers lock the outcomes' rows (created first when missing) in id order: `write_answers` (batch upserts,
 *   seeds, fixtures), `move_answers` (merge and undo), and the survey import, which overlays whole strings in Node.
 * - Deleting respondents blanks their slots (their answers must not linger as data); slots are never reused and a
 *   respondent's slot never changes. A bulk insert may number its respondents itself (`respondent_slots_taken`).
 * - A merge remembers the slots it moved (`moved_rating_slots`), no longer respondent ids.
 * - Per-rating `updated_by` goes (it was never exposed); a rating's `updated_at` is its outcome's answers'.
 */
export class PackedAnswers1765000000000 implements MigrationInterface {
  name = 'PackedAnswers1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outcome_answers (
        outcome_id uuid NOT NULL,
        project_id uuid NOT NULL,
        importance text NOT NULL DEFAULT '',
        satisfaction text NOT NULL DEFAULT '',
        sources text NOT NULL DEFAULT '',
        importance_answered varbit NOT NULL,
        importance_top varbit NOT NULL,
        satisfaction_answered varbit NOT NULL,
        satisfaction_top varbit NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outcome_answers_pkey PRIMARY KEY (outcome_id),
        CONSTRAINT outcome_answers_outcome_id_fkey FOREIGN KEY (outcome_id) REFERENCES outcomes(id) ON DELETE CASCADE,
        CONSTRAINT outcome_answers_strings_check CHECK (importance ~ '^[0-5]*$' AND satisfaction ~ '^[0-5]*$' AND sources ~ '^[0sw]*$'
          AND length(satisfaction) = length(importance) AND length(sources) = length(importance))
      )`);
    await queryRunner.query(`CREATE INDEX outcome_answers_project_idx ON outcome_answers (project_id)`);
    await queryRunner.query(`
      CREATE FUNCTION outcome_answers_set_bitmaps() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.importance_answered := translate(NEW.importance, '12345', '11111')::varbit;
        NEW.importance_top := translate(NEW.importance, '12345', '00011')::varbit;
        NEW.satisfaction_answered := translate(NEW.satisfaction, '12345', '11111')::varbit;
        NEW.satisfaction_top := translate(NEW.satisfaction, '12345', '00011')::varbit;
        RETURN NEW;
      END $$`);
    // A writer may set the bitmaps itself, with the strings, in the same statement (the survey import computes them
    // in Node: translate() costs ~70 µs per 2,000 characters, a quarter of a million-answer import); any write that
    // changes the strings and leaves the bitmaps as they were gets them recomputed here.
    await queryRunner.query(`CREATE TRIGGER outcome_answers_bitmaps_inserted BEFORE INSERT ON outcome_answers FOR EACH ROW EXECUTE FUNCTION outcome_answers_set_bitmaps()`);
    await queryRunner.query(`
      CREATE TRIGGER outcome_answers_bitmaps_updated BEFORE UPDATE ON outcome_answers FOR EACH ROW
      WHEN ((OLD.importance, OLD.satisfaction) IS DISTINCT FROM (NEW.importance, NEW.satisfaction)
        AND (OLD.importance_answered, OLD.importance_top, OLD.satisfaction_answered, OLD.satisfaction_top)
          IS NOT DISTINCT FROM (NEW.importance_answered, NEW.importance_top, NEW.satisfaction_answered, NEW.satisfaction_top))
      EXECUTE FUNCTION outcome_answers_set_bitmaps()`);
    // Never compressed: a write skips compressing 6 kB per outcome, reading one respondent's character (slot_char)
    // fetches one chunk instead of decompressing a string, and the bitmaps (a row of 2,000 respondents is 7 kB, so the
    // toaster would otherwise compress an all-ones bitmap first) are counted without a decompression per read. The
    // strings, largest, move out of line first; the bitmaps stay in the row until they are kilobytes themselves.
    await queryRunner.query(
      `ALTER TABLE outcome_answers ${['importance', 'satisfaction', 'sources', 'importance_answered', 'importance_top', 'satisfaction_answered', 'satisfaction_top']
        .map((column) => `ALTER COLUMN ${column} SET STORAGE EXTERNAL`)
        .join(', ')}`,
    );

    // The stored ratings as strings: every slot of the project, `0` where there is no rating.
    await queryRunner.query(`
      INSERT INTO outcome_answers (outcome_id, project_id, importance, satisfaction, sources, updated_at)
      SELECT o.id, o.project_id,
        string_agg(coalesce(x.importance::text, '0'), '' ORDER BY g.slot),
        string_agg(coalesce(x.satisfaction::text, '0'), '' ORDER BY g.slot),
        string_agg(CASE x.source WHEN 'survey' THEN 's' WHEN 'workshop' THEN 'w' ELSE '0' END, '' ORDER BY g.slot),
        coalesce(max(x.updated_at), now())
      FROM outcomes o JOIN projects p ON p.id = o.project_id CROSS JOIN generate_series(1, p.respondent_slots) g(slot)
      LEFT JOIN respondents r ON r.project_id = o.project_id AND r.slot = g.slot
      LEFT JOIN ratings x ON x.outcome_id = o.id AND x.respondent_id = r.id
      WHERE EXISTS (SELECT 1 FROM ratings y WHERE y.outcome_id = o.id)
      GROUP BY o.id, o.project_id`);

    await queryRunner.query(`ALTER TABLE outcome_merges ADD COLUMN moved_rating_slots integer[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      UPDATE outcome_merges m SET moved_rating_slots = coalesce(
        (SELECT array_agg(r.slot ORDER BY r.slot) FROM respondents r WHERE r.id = ANY (m.moved_rating_respondent_ids)), '{}')
      WHERE cardinality(m.moved_rating_respondent_ids) > 0`);
    await queryRunner.query(`ALTER TABLE outcome_merges DROP COLUMN moved_rating_respondent_ids`);

    for (const statement of DROP_ROW_STORAGE) await queryRunner.query(statement);

    // Each string explodes once per outcome (a string is read, and detoasted, once, not once per respondent).
    await queryRunner.query(`
      CREATE VIEW ratings AS
      SELECT a.outcome_id, r.id AS respondent_id, a.project_id,
        nullif(c.importance, '0')::smallint AS importance, nullif(c.satisfaction, '0')::smallint AS satisfaction,
        CASE c.source WHEN 's' THEN 'survey' WHEN 'w' THEN 'workshop' END::varchar(16) AS source, a.updated_at
      FROM outcome_answers a
      CROSS JOIN LATERAL unnest(string_to_array(a.importance, NULL), string_to_array(a.satisfaction, NULL), string_to_array(a.sources, NULL))
        WITH ORDINALITY AS c(importance, satisfaction, source, slot)
      JOIN respondents r ON r.project_id = a.project_id AND r.slot = c.slot
      WHERE c.source <> '0'`);

    // `s` with the characters at `slots` replaced by `chars` (same order), grown with `0`s to the highest slot.
    await queryRunner.query(`
      CREATE FUNCTION overlay_slots(s text, slots integer[], chars text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(coalesce(n.ch, c.ch, '0'), '' ORDER BY g.i), '')
        FROM generate_series(1, greatest(length(s), coalesce((SELECT max(x) FROM unnest(slots) x), 0))) g(i)
        LEFT JOIN unnest(string_to_array(s, NULL)) WITH ORDINALITY c(ch, i) ON c.i = g.i
        LEFT JOIN unnest(slots, chars) n(slot, ch) ON n.slot = g.i
      $$`);
    // The character at a slot, `0` past the end.
    await queryRunner.query(`
      CREATE FUNCTION slot_char(s text, slot integer) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(nullif(substr(s, slot, 1), ''), '0')
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION lock_outcome_answers(outcome_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outcome_answers (outcome_id, project_id)
        SELECT o.id, o.project_id FROM outcomes o WHERE o.id = ANY (outcome_ids) ORDER BY o.id
        ON CONFLICT (outcome_id) DO NOTHING;
        PERFORM 1 FROM outcome_answers WHERE outcome_id = ANY (outcome_ids) ORDER BY outcome_id FOR UPDATE;
      END $$`);

    // Upserts ratings given as parallel arrays (one element per rating; each respondent and outcome pair once). An
    // answer whose sets_* flag is false keeps the stored one; null clears it; a rating left with neither answer is
    // deleted. Counts what it created, updated (answers or source changed) and deleted. Callers check that the
    // outcomes and respondents belong to one project.
    await queryRunner.query(`
      CREATE FUNCTION write_answers(outcome_ids uuid[], respondent_ids uuid[], importance smallint[], satisfaction smallint[],
        sets_importance boolean[], sets_satisfaction boolean[], source text)
      RETURNS TABLE (created integer, updated integer, deleted integer) LANGUAGE plpgsql AS $$
      DECLARE
        code text := CASE source WHEN 'survey' THEN 's' WHEN 'workshop' THEN 'w' END;
      BEGIN
        IF code IS NULL THEN
          RAISE EXCEPTION 'unknown rating source %', source USING ERRCODE = 'check_violation';
        END IF;
        PERFORM lock_outcome_answers(outcome_ids);
        RETURN QUERY
        WITH input AS (
          SELECT i.outcome_id, r.slot, slot_char(a.importance, r.slot) AS old_importance, slot_char(a.satisfaction, r.slot) AS old_satisfaction,
            slot_char(a.sources, r.slot) AS old_source,
            CASE WHEN i.sets_importance THEN coalesce(i.importance::text, '0') ELSE slot_char(a.importance, r.slot) END AS new_importance,
            CASE WHEN i.sets_satisfaction THEN coalesce(i.satisfaction::text, '0') ELSE slot_char(a.satisfaction, r.slot) END AS new_satisfaction
          FROM unnest(outcome_ids, respondent_ids, importance, satisfaction, sets_importance, sets_satisfaction)
            AS i(outcome_id, respondent_id, importance, satisfaction, sets_importance, sets_satisfaction)
          JOIN respondents r ON r.id = i.respondent_id JOIN outcome_answers a ON a.outcome_id = i.outcome_id
        ), planned AS (
          SELECT i.*, CASE WHEN i.new_importance = '0' AND i.new_satisfaction = '0' THEN '0' ELSE code END AS new_source FROM input i
        ), changed AS (
          SELECT * FROM planned p
          WHERE (p.new_importance, p.new_satisfaction, p.new_source) IS DISTINCT FROM (p.old_importance, p.old_satisfaction, p.old_source)
        ), written AS (
          UPDATE outcome_answers a
          SET importance = overlay_slots(a.importance, w.slots, w.importance), satisfaction = overlay_slots(a.satisfaction, w.slots, w.satisfaction),
            sources = overlay_slots(a.sources, w.slots, w.sources), updated_at = now()
          FROM (SELECT c.outcome_id, array_agg(c.slot) AS slots, array_agg(c.new_importance) AS importance,
                  array_agg(c.new_satisfaction) AS satisfaction, array_agg(c.new_source) AS sources
                FROM changed c GROUP BY c.outcome_id) w
          WHERE a.outcome_id = w.outcome_id
          RETURNING 1
        )
        SELECT count(*) FILTER (WHERE c.old_source = '0' AND c.new_source <> '0')::int,
          count(*) FILTER (WHERE c.old_source <> '0' AND c.new_source <> '0')::int,
          count(*) FILTER (WHERE c.old_source <> '0' AND c.new_source = '0')::int
        FROM changed c;
      END $$`);

    // Moves the ratings at `slots` from one outcome to another (merge, and its undo): the target takes the source's
    // characters at those slots, which the source then blanks.
    await queryRunner.query(`
      CREATE FUNCTION move_answers(from_id uuid, to_id uuid, slots integer[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(slots) = 0 THEN
          RETURN;
        END IF;
        PERFORM lock_outcome_answers(ARRAY[from_id, to_id]);
        UPDATE outcome_answers t
        SET importance = overlay_slots(t.importance, slots, ARRAY(SELECT slot_char(f.importance, s) FROM unnest(slots) WITH ORDINALITY u(s, n) ORDER BY n)),
          satisfaction = overlay_slots(t.satisfaction, slots, ARRAY(SELECT slot_char(f.satisfaction, s) FROM unnest(slots) WITH ORDINALITY u(s, n) ORDER BY n)),
          sources = overlay_slots(t.sources, slots, ARRAY(SELECT slot_char(f.sources, s) FROM unnest(slots) WITH ORDINALITY u(s, n) ORDER BY n)),
          updated_at = now()
        FROM outcome_answers f WHERE f.outcome_id = from_id AND t.outcome_id = to_id;
        UPDATE outcome_answers f
        SET importance = overlay_slots(f.importance, slots, array_fill('0'::text, ARRAY[cardinality(slots)])),
          satisfaction = overlay_slots(f.satisfaction, slots, array_fill('0'::text, ARRAY[cardinality(slots)])),
          sources = overlay_slots(f.sources, slots, array_fill('0'::text, ARRAY[cardinality(slots)])),
          updated_at = now()
        WHERE f.outcome_id = from_id;
      END $$`);

    // A project's own deletion removes its outcomes' rows by cascade: only respondents deleted from a project that
    // stays need their slots blanked, and only in the rows where one of them answered.
    await queryRunner.query(`
      CREATE FUNCTION respondents_blank_answers() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE outcome_answers a
        SET importance = overlay_slots(a.importance, g.slots, g.zeros), satisfaction = overlay_slots(a.satisfaction, g.slots, g.zeros),
          sources = overlay_slots(a.sources, g.slots, g.zeros), updated_at = now()
        FROM (SELECT x.project_id, array_agg(x.slot) AS slots, array_agg('0'::text) AS zeros FROM gone x
              WHERE EXISTS (SELECT 1 FROM projects p WHERE p.id = x.project_id) GROUP BY x.project_id) g
        WHERE a.project_id = g.project_id AND EXISTS (SELECT 1 FROM unnest(g.slots) s WHERE slot_char(a.sources, s) <> '0');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER respondents_blank_answers AFTER DELETE ON respondents REFERENCING OLD TABLE AS gone
      FOR EACH STATEMENT EXECUTE FUNCTION respondents_blank_answers()`);
    // A bulk writer (the survey import) numbers its new respondents itself, in one statement, from the highest slot
    // handed out so far, instead of paying the row trigger per respondent; both take the same per-project lock.
    await queryRunner.query(`
      CREATE FUNCTION respondent_slots_taken(project uuid) RETURNS integer LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('respondent-slots:' || project::text, 0));
        RETURN greatest((SELECT p.respondent_slots FROM projects p WHERE p.id = project),
          (SELECT coalesce(max(r.slot), 0) FROM respondents r WHERE r.project_id = project));
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION respondents_assign_slot() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.slot := respondent_slots_taken(NEW.project_id) + 1;
        RETURN NEW;
      END $$`);
    await queryRunner.query('DROP TRIGGER respondents_slot ON respondents');
    await queryRunner.query(`CREATE TRIGGER respondents_slot BEFORE INSERT ON respondents FOR EACH ROW WHEN (NEW.slot IS NULL) EXECUTE FUNCTION respondents_assign_slot()`);
    await queryRunner.query(`
      CREATE FUNCTION respondents_refuse_reslot() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a respondent''s slot never changes (respondent %)', OLD.id USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER respondents_reslot BEFORE UPDATE OF slot, project_id ON respondents
      FOR EACH ROW WHEN (OLD.slot IS DISTINCT FROM NEW.slot OR OLD.project_id IS DISTINCT FROM NEW.project_id) EXECUTE FUNCTION respondents_refuse_reslot()`);
  }

  async down(_queryRunner: QueryRunner): Promise<void> {
    throw new Error('PackedAnswers1765000000000 cannot be reverted: restore a backup taken before it');
  }
}

// The row table and everything that maintained it and its bitmaps (1764300000000, 1764500000000, 1764800000000).
const DROP_ROW_STORAGE = [
  'DROP TRIGGER ratings_bitmaps_deleted ON ratings',
  'DROP TRIGGER ratings_bitmaps_updated ON ratings',
  'DROP TRIGGER ratings_bitmaps_inserted ON ratings',
  'DROP FUNCTION ratings_rebuild_deleted()',
  'DROP FUNCTION ratings_rebuild_updated()',
  'DROP FUNCTION ratings_rebuild_inserted()',
  'DROP FUNCTION rebuild_answer_bitmaps(uuid[])',
  'DROP TABLE outcome_answer_bitmaps',
  'DROP TRIGGER respondents_rekey_ratings ON respondents',
  'DROP TRIGGER outcomes_rekey_ratings ON outcomes',
  'DROP FUNCTION ratings_refuse_rekey()',
  'DROP TRIGGER respondents_truncate_ratings ON respondents',
  'DROP TRIGGER outcomes_truncate_ratings ON outcomes',
  'DROP FUNCTION ratings_truncate()',
  'DROP TRIGGER respondents_delete_ratings ON respondents',
  'DROP TRIGGER outcomes_delete_ratings ON outcomes',
  'DROP FUNCTION ratings_delete_of_gone_respondents()',
  'DROP FUNCTION ratings_delete_of_gone_outcomes()',
  'DROP TABLE ratings',
];
