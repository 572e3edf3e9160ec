import type pg from 'pg';
import type { AnswerBuffer } from './import-answers.js';

export type ImportCounts = { created: number; updated: number; unchanged: number };

/**
 * Creates the new respondents and updates the others only where the file changes something: a blank segment keeps
 * the stored one, attributes are merged in. Unchanged rows are not touched (their updated_at stays). Answers every
 * staged respondent's slot by external id, each respondent KEY SHARE locked: answers are kept by slot, so the lock is
 * what makes deleting a respondent wait for the import (whose answers its trigger then blanks).
 */
export async function writeRespondents(client: pg.ClientBase, projectId: string): Promise<{ counts: ImportCounts; slots: Map<string, number> }> {
  // Existing respondents are locked before anything is written, so none can disappear between here and the ratings.
  await client.query(
    `CREATE TEMP TABLE import_respondent_map ON COMMIT DROP AS
     SELECT t.external_id, t.id FROM respondents t JOIN import_respondents i ON i.external_id = t.external_id
     WHERE t.project_id = $1 FOR KEY SHARE OF t`,
    [projectId],
  );
  // New respondents are numbered in one go (1765000000000-packed-answers), not by the per-row slot trigger.
  const created = await client.query(
    `WITH created AS (
       INSERT INTO respondents (project_id, external_id, segment, attributes, slot)
       SELECT $1, i.external_id, i.segment, coalesce(i.attributes, '{}'), taken.slots + row_number() OVER (ORDER BY i.external_id)
       FROM import_respondents i CROSS JOIN (SELECT respondent_slots_taken($1) AS slots) taken
       WHERE NOT EXISTS (SELECT 1 FROM import_respondent_map m WHERE m.external_id = i.external_id)
       ORDER BY i.external_id
       ON CONFLICT (project_id, external_id) DO NOTHING
       RETURNING external_id, id)
     INSERT INTO import_respondent_map (external_id, id) SELECT external_id, id FROM created`,
    [projectId],
  );
  // Respondents another transaction created with the same external ids meanwhile (the insert above skipped them).
  await client.query(
    `INSERT INTO import_respondent_map (external_id, id)
     SELECT t.external_id, t.id FROM respondents t JOIN import_respondents i ON i.external_id = t.external_id
     WHERE t.project_id = $1 AND NOT EXISTS (SELECT 1 FROM import_respondent_map m WHERE m.external_id = i.external_id)
     FOR KEY SHARE OF t`,
    [projectId],
  );
  const updated = await client.query(
    `UPDATE respondents t SET segment = coalesce(i.segment, t.segment), attributes = t.attributes || coalesce(i.attributes, '{}'), updated_at = now()
     FROM import_respondent_map m JOIN import_respondents i ON i.external_id = m.external_id
     WHERE t.id = m.id
       AND (coalesce(i.segment, t.segment), t.attributes || coalesce(i.attributes, '{}')) IS DISTINCT FROM (t.segment, t.attributes)`,
  );
  // Slots are what the answer strings are indexed by (1765000000000-packed-answers).
  const mapped = await client.query<{ external_id: string; slot: number }>(
    'SELECT m.external_id, r.slot FROM import_respondent_map m JOIN respondents r ON r.id = m.id',
  );
  return { counts: counts(mapped.rowCount, created.rowCount, updated.rowCount), slots: new Map(mapped.rows.map((row) => [row.external_id, row.slot])) };
}

const ZERO = 0x30;
const SURVEY = 0x73; // 's'
const HEX = Buffer.from('0123456789abcdef', 'latin1');

type StoredAnswers = { outcome_id: string; importance: string; satisfaction: string; sources: string };
type Tally = { created: number; updated: number };
/** An outcome's strings as written back, with its bitmaps as hex (`x…`: a quarter of the characters to send). */
type WrittenAnswers = { importance: string; satisfaction: string; sources: string; bitmaps: [string, string, string, string] };

/** Who answered and who gave a top-two-box answer (4 or 5), as hex bit strings: what the bitmap trigger computes. */
function bitmapsHex(answers: Buffer): [answered: string, top: string] {
  const nibbles = Math.ceil(answers.length / 4);
  const answered = Buffer.allocUnsafe(nibbles);
  const top = Buffer.allocUnsafe(nibbles);
  for (let nibble = 0; nibble < nibbles; nibble += 1) {
    let [a, t] = [0, 0];
    for (let slot = nibble * 4; slot < nibble * 4 + 4; slot += 1) {
      const value = slot < answers.length ? answers[slot]! - ZERO : 0;
      a = (a << 1) | (value === 0 ? 0 : 1);
      t = (t << 1) | (value >= 4 ? 1 : 0);
    }
    answered[nibble] = HEX[a]!;
    top[nibble] = HEX[t]!;
  }
  return [answered.toString('latin1'), top.toString('latin1')];
}

/** A stored string grown to `length` with `0`s, as bytes to change in place. */
function grown(text: string, length: number): Buffer {
  const bytes = Buffer.alloc(length, ZERO);
  if (text !== '') bytes.write(text, 'latin1');
  return bytes;
}

/** One outcome's stored strings with the file's answers (by respondent index) at their slots; null when nothing changes. */
function overlay(row: StoredAnswers, codes: Uint8Array, slotOf: Int32Array, tally: Tally): WrittenAnswers | null {
  let length = row.sources.length;
  for (let respondent = 0; respondent < slotOf.length; respondent += 1) if (codes[respondent] !== 0 && slotOf[respondent]! >= length) length = slotOf[respondent]! + 1;
  const [importance, satisfaction, sources] = [grown(row.importance, length), grown(row.satisfaction, length), grown(row.sources, length)];
  let differs = length !== row.sources.length;
  for (let respondent = 0; respondent < slotOf.length; respondent += 1) {
    const code = codes[respondent]!;
    if (code === 0) continue;
    const slot = slotOf[respondent]!;
    const [i, s] = [ZERO + (code >> 3), ZERO + (code & 7)];
    if (sources[slot] === ZERO) tally.created += 1;
    else if (importance[slot] !== i || satisfaction[slot] !== s || sources[slot] !== SURVEY) tally.updated += 1;
    else continue;
    importance[slot] = i;
    satisfaction[slot] = s;
    sources[slot] = SURVEY;
    differs = true;
  }
  if (!differs) return null;
  return {
    importance: importance.toString('latin1'),
    satisfaction: satisfaction.toString('latin1'),
    sources: sources.toString('latin1'),
    bitmaps: [...bitmapsHex(importance), ...bitmapsHex(satisfaction)],
  };
}

// The bitmaps come with the strings (so the trigger leaves them), cut from hex to the strings' length.
const WRITE_ANSWERS_SQL = `
  UPDATE outcome_answers a SET importance = u.importance, satisfaction = u.satisfaction, sources = u.sources,
    importance_answered = substring(('x' || u.ia)::varbit FROM 1 FOR length(u.importance)),
    importance_top = substring(('x' || u.it)::varbit FROM 1 FOR length(u.importance)),
    satisfaction_answered = substring(('x' || u.sa)::varbit FROM 1 FOR length(u.importance)),
    satisfaction_top = substring(('x' || u.st)::varbit FROM 1 FOR length(u.importance)), updated_at = now()
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
    AS u(outcome_id, importance, satisfaction, sources, ia, it, sa, st)
  WHERE a.outcome_id = u.outcome_id`;

/**
 * Overlays the file's answers onto each rated outcome's answer strings, as survey answers: the outcomes' rows are
 * created where missing and locked in id order, read once, changed in memory at the file's respondents' slots, and
 * only the strings that differ are written back, in one statement, with their bitmaps (computing them here is
 * faster than the trigger's translate()). Re-importing a file compares and writes nothing. A blank cell keeps the
 * stored rating; an answered one replaces both answers (a blank one with none). Concurrent writers are excluded by
 * the project's ratings lock, the outcomes' and respondents' KEY SHARE locks, and the rows' locks.
 */
export async function writeAnswers(
  client: pg.ClientBase,
  answers: AnswerBuffer,
  outcomeIds: readonly string[],
  slots: ReadonlyMap<string, number>,
): Promise<ImportCounts> {
  const slotOf = Int32Array.from(answers.respondents, (externalId) => slots.get(externalId)! - 1);
  const rated = answers.outcomes().filter((no) => answers.codesOf(no)?.some((code) => code !== 0));
  const ids = rated.map((no) => outcomeIds[no - 1]!);
  await client.query('SELECT lock_outcome_answers($1::uuid[])', [ids]);
  const { rows } = await client.query<StoredAnswers>('SELECT outcome_id, importance, satisfaction, sources FROM outcome_answers WHERE outcome_id = ANY($1::uuid[])', [ids]);
  const stored = new Map(rows.map((row) => [row.outcome_id, row]));
  const tally: Tally = { created: 0, updated: 0 };
  const written: (WrittenAnswers & { id: string })[] = [];
  rated.forEach((no, position) => {
    const id = ids[position]!;
    const changed = overlay(stored.get(id)!, answers.codesOf(no)!, slotOf, tally);
    if (changed) written.push({ id, ...changed });
  });
  if (written.length > 0) {
    const column = <K extends keyof WrittenAnswers>(key: K) => written.map((row) => row[key]);
    const bitmap = (index: number) => written.map((row) => row.bitmaps[index]!);
    await client.query(WRITE_ANSWERS_SQL, [written.map((row) => row.id), column('importance'), column('satisfaction'), column('sources'), bitmap(0), bitmap(1), bitmap(2), bitmap(3)]);
  }
  return counts(answers.answered, tally.created, tally.updated);
}

const counts = (total: number | null, created: number | null, updated: number | null): ImportCounts => ({
  created: created ?? 0,
  updated: updated ?? 0,
  unchanged: (total ?? 0) - (created ?? 0) - (updated ?? 0),
});
