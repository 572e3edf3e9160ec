import { createSeededRandom } from '@outcome-atlas/domain';
import type { EntityManager } from 'typeorm';
import { recordCreated } from '../outcomes/outcome-history.js';
import { statementColumns } from '../outcomes/outcome-statement.js';
import { DEMO_OUTCOMES, DEMO_SURVEY, demoAnswer } from './demo-survey.js';

/**
 * Accepted outcomes with evidence quotes from the demo interviews, and a survey of 120 respondents rating
 * them, so that a fresh install shows a ranked backlog, a landscape and two segments to compare.
 * Answers the outcome ids in DEMO_OUTCOMES order.
 */
export async function seedDemoSurvey(manager: EntityManager, projectId: string, userId: string): Promise<string[]> {
  const outcomeIds = await insertOutcomes(manager, projectId, userId);
  const respondents: { id: string; segment: string }[] = await manager.query(
    `INSERT INTO respondents (project_id, external_id, segment, attributes)
     SELECT $1, r.external_id, r.segment, r.attributes FROM jsonb_to_recordset($2::jsonb) AS r(external_id text, segment text, attributes jsonb)
     RETURNING id, segment`,
    [projectId, JSON.stringify(demoRespondents())],
  );
  const random = createSeededRandom(DEMO_SURVEY.seed);
  const outcomeColumn: string[] = [];
  const respondentColumn: string[] = [];
  const importanceColumn: (number | null)[] = [];
  const satisfactionColumn: (number | null)[] = [];
  for (const respondent of respondents) {
    const persona = respondent.segment as (typeof DEMO_SURVEY.personas)[number];
    DEMO_OUTCOMES.forEach((outcome, index) => {
      const importance = demoAnswer(random, outcome.important[persona]);
      const satisfaction = demoAnswer(random, outcome.satisfied[persona]);
      if (importance === null && satisfaction === null) return;
      outcomeColumn.push(outcomeIds[index]!);
      respondentColumn.push(respondent.id);
      importanceColumn.push(importance);
      satisfactionColumn.push(satisfaction);
    });
  }
  // The answers go into the outcomes' packed strings (1765000000000-packed-answers) in one set-based upsert.
  const sets = outcomeColumn.map(() => true);
  await manager.query(`SELECT * FROM write_answers($1::uuid[], $2::uuid[], $3::smallint[], $4::smallint[], $5::boolean[], $5::boolean[], 'survey')`, [
    outcomeColumn, respondentColumn, importanceColumn, satisfactionColumn, sets,
  ]);
  return outcomeIds;
}

function demoRespondents() {
  return DEMO_SURVEY.personas.flatMap((persona, personaIndex) =>
    Array.from({ length: DEMO_SURVEY.respondentsPerPersona }, (_, index) => ({
      external_id: `S-${String(personaIndex * DEMO_SURVEY.respondentsPerPersona + index + 1).padStart(3, '0')}`,
      segment: persona,
      attributes: { region: DEMO_SURVEY.regions[index % DEMO_SURVEY.regions.length] },
    })),
  );
}

/** The outcomes in DEMO_OUTCOMES order, keyed from the project's counter, accepted, with their quotes. */
async function insertOutcomes(manager: EntityManager, projectId: string, userId: string): Promise<string[]> {
  const interviews: { id: string; title: string; transcript: string }[] = await manager.query('SELECT id, title, transcript FROM interviews WHERE project_id = $1', [projectId]);
  const steps: { id: string; name: string }[] = await manager.query('SELECT id, name FROM job_steps WHERE project_id = $1', [projectId]);
  const ids: string[] = [];
  for (const outcome of DEMO_OUTCOMES) {
    const columns = statementColumns(outcome.statement);
    const [row]: { id: string }[] = await manager.query(
      `WITH key AS (UPDATE projects SET next_outcome_key = next_outcome_key + 1 WHERE id = $1 RETURNING next_outcome_key - 1 AS value)
       INSERT INTO outcomes (project_id, key, statement, normalized_statement, direction, metric, object_of_control, contextual_clarifier,
         job_step_id, status, lint_issues, source, created_by)
       SELECT $1, key.value, $2, $3, $4, $5, $6, $7, $8, 'accepted', $9::jsonb, 'manual', $10 FROM key RETURNING id`,
      [
        projectId, columns.statement, columns.normalized_statement, columns.direction, columns.metric, columns.object_of_control, columns.contextual_clarifier,
        steps.find((step) => step.name === outcome.step)?.id ?? null, JSON.stringify(columns.lint_issues), userId,
      ],
    );
    ids.push(row!.id);
    if (!outcome.evidence) continue;
    const interview = interviews.find((candidate) => candidate.title === outcome.evidence!.interviewTitle);
    const start = interview?.transcript.indexOf(outcome.evidence.quote) ?? -1;
    if (!interview || start < 0) throw new Error(`Demo evidence not found: ${outcome.evidence.quote}`);
    await manager.query('INSERT INTO outcome_evidence (outcome_id, interview_id, start_offset, end_offset, quote) VALUES ($1, $2, $3, $4, $5)', [
      row!.id, interview.id, start, start + outcome.evidence.quote.length, outcome.evidence.quote,
    ]);
  }
  await recordCreated(manager, ids, userId, null);
  return ids;
}
