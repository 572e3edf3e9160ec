import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExtractionProvider } from '@outcome-atlas/contracts';
import { createQuoteLocator } from '@outcome-atlas/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { statementColumns, type StatementColumns } from '../outcomes/outcome-statement.js';
import { updateReturning } from '../../database/update-returning.js';
import { findDuplicateLinks, type DuplicateLink } from '../outcomes/duplicate-links.js';
import { recordCreated } from '../outcomes/outcome-history.js';
import { ExtractorRegistry } from './extractor-registry.service.js';
import type { CandidateOutcome } from './outcome-extractor.js';
import type { InterviewForExtraction } from './extraction-runner.service.js';
import { mergeCandidates, type MergedCandidate } from './candidate-merge.js';
import type { TranscriptView } from './pii-redaction.js';

export type ChunkResult = { index: number; start: number; end: number; candidates: CandidateOutcome[] };
export type ExtractorIdentity = { provider: ExtractionProvider; model: string; promptVersion: string };

type Evidence = { start: number; end: number; quote: string };
type NewOutcome = MergedCandidate & { evidence: Evidence[]; normalized: string; fingerprint: string; columns: StatementColumns };

/**
 * The last step of a job, in one transaction: merge what the chunks proposed, keep only outcomes whose quotes
 * are found in the transcript, lint and parse each statement, link likely duplicates of the project's existing
 * outcomes, and insert the rest. Fingerprints make a re-run of the same extractor version add nothing twice.
 * Quotes are located in the job's view (the text the model read, perhaps redacted) and mapped back, so the
 * evidence always holds the customer's original words, placeholders undone.
 */
@Injectable()
export class OutcomeWriter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: ExtractorRegistry,
  ) {}

  async finish(jobId: string, extractor: ExtractorIdentity, interview: InterviewForExtraction, view: TranscriptView, chunks: readonly ChunkResult[]): Promise<void> {
    // Chunk ranges are offsets into the view, as the quotes are its text.
    const locator = createQuoteLocator(view.text);
    const grounded: NewOutcome[] = [];
    let ungrounded = 0;
    for (const candidate of mergeCandidates(chunks)) {
      const evidence = uniqueSpans(
        candidate.quotes.flatMap(({ quote, chunk }) => {
          const location = locator.locate(quote, { within: chunk });
          if (!location.found) return [];
          const { start, end } = view.toOriginal(location.start, location.end);
          return [{ start, end, quote: interview.transcript.slice(start, end) }];
        }),
      );
      if (evidence.length === 0) {
        ungrounded += 1;
        continue;
      }
      // Parsed, linted and normalized once; the normalized text also keys the idempotency fingerprint.
      const columns = statementColumns(candidate.statement);
      const normalized = columns.normalized_statement;
      const fingerprint = createHash('sha256')
        .update([interview.id, extractor.provider, extractor.model, extractor.promptVersion, normalized].join('\u0000'))
        .digest('hex');
      grounded.push({ ...candidate, evidence, normalized, fingerprint, columns });
    }
    await this.db.transaction(async (manager) => {
      const jobRows: { project_id: string; status: string; prompt_tokens: number; completion_tokens: number; requested_by: string | null }[] = await manager.query(
        'SELECT project_id, status, prompt_tokens, completion_tokens, requested_by FROM extraction_jobs WHERE id = $1 FOR UPDATE',
        [jobId],
      );
      const job = jobRows[0];
      if (!job || job.status !== 'running') return;
      const fresh = await this.withoutExisting(manager, job.project_id, grounded);
      const duplicates = await this.findDuplicates(manager, job.project_id, fresh);
      const inserted = await this.insert(manager, job.project_id, jobId, extractor, interview, fresh, duplicates);
      await recordCreated(manager, inserted, job.requested_by, jobId);
      const cost = this.registry.cost(extractor.provider, job.prompt_tokens, job.completion_tokens);
      await manager.query(
        `UPDATE extraction_jobs SET status = 'succeeded', outcomes_created = $2, duplicates_found = $3, ungrounded_dropped = $4,
           cost_estimate_usd = $5, finished_at = now(), updated_at = now() WHERE id = $1`,
        [jobId, inserted.length, fresh.filter((outcome) => duplicates.has(outcome.fingerprint)).length, ungrounded, cost],
      );
    });
  }

  /** Outcomes this extractor version already produced for the interview are not inserted again. */
  private async withoutExisting(manager: EntityManager, projectId: string, outcomes: NewOutcome[]): Promise<NewOutcome[]> {
    if (outcomes.length === 0) return [];
    const rows: { extraction_fingerprint: string }[] = await manager.query(
      'SELECT extraction_fingerprint FROM outcomes WHERE project_id = $1 AND extraction_fingerprint = ANY($2::text[])',
      [projectId, outcomes.map((outcome) => outcome.fingerprint)],
    );
    const existing = new Set(rows.map((row) => row.extraction_fingerprint));
    return outcomes.filter((outcome) => !existing.has(outcome.fingerprint));
  }

  /** Likely duplicates among the project's existing outcomes, by fingerprint. */
  private async findDuplicates(manager: EntityManager, projectId: string, outcomes: NewOutcome[]): Promise<Map<string, DuplicateLink>> {
    const links = await findDuplicateLinks(manager, projectId, outcomes.map((outcome) => ({ statement: outcome.statement, normalized: outcome.normalized })));
    return new Map(outcomes.flatMap((outcome, index) => (links[index] ? [[outcome.fingerprint, links[index]] as const] : [])));
  }

  private async insert(
    manager: EntityManager,
    projectId: string,
    jobId: string,
    extractor: ExtractorIdentity,
    interview: InterviewForExtraction,
    outcomes: NewOutcome[],
    duplicates: Map<string, DuplicateLink>,
  ): Promise<string[]> {
    if (outcomes.length === 0) return [];
    const keys = await updateReturning<{ first_key: number }>(
      manager,
      'UPDATE projects SET next_outcome_key = next_outcome_key + $2 WHERE id = $1 RETURNING next_outcome_key - $2 AS first_key',
      [projectId, outcomes.length],
    );
    const firstKey = keys[0]!.first_key;
    const stepIds = new Map(interview.jobSteps.map((step) => [step.name.toLowerCase(), step.id]));
    const records = outcomes.map((outcome, position) => {
      const duplicate = duplicates.get(outcome.fingerprint);
      return {
        key: firstKey + position,
        ...outcome.columns,
        job_step_id: outcome.jobStep ? (stepIds.get(outcome.jobStep.toLowerCase()) ?? null) : null,
        confidence: outcome.confidence,
        extraction_fingerprint: outcome.fingerprint,
        possible_duplicate_of: duplicate?.outcomeId ?? null,
        duplicate_similarity: duplicate?.similarity ?? null,
      };
    });
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO outcomes (project_id, key, statement, normalized_statement, direction, metric, object_of_control, contextual_clarifier,
         job_step_id, status, confidence, lint_issues, source, provider, model, prompt_version, extraction_job_id, source_interview_id,
         extraction_fingerprint, possible_duplicate_of, duplicate_similarity)
       SELECT $1, r.key, r.statement, r.normalized_statement, r.direction, r.metric, r.object_of_control, r.contextual_clarifier,
         r.job_step_id, 'proposed', r.confidence, r.lint_issues, 'extraction', $2, $3, $4, $5, $6,
         r.extraction_fingerprint, r.possible_duplicate_of, r.duplicate_similarity
       FROM jsonb_to_recordset($7::jsonb) AS r(key int, statement text, normalized_statement text, direction text, metric text,
         object_of_control text, contextual_clarifier text, job_step_id uuid, confidence real, lint_issues jsonb,
         extraction_fingerprint text, possible_duplicate_of uuid, duplicate_similarity real)
       ON CONFLICT (project_id, extraction_fingerprint) WHERE extraction_fingerprint IS NOT NULL DO NOTHING
       RETURNING id`,
      [projectId, extractor.provider, extractor.model, extractor.promptVersion, jobId, interview.id, JSON.stringify(records)],
    );
    const evidence = outcomes.flatMap((outcome) => outcome.evidence.map((span) => ({ fingerprint: outcome.fingerprint, ...span })));
    await manager.query(
      `INSERT INTO outcome_evidence (outcome_id, interview_id, start_offset, end_offset, quote)
       SELECT o.id, $2, e.start, e."end", e.quote
       FROM jsonb_to_recordset($3::jsonb) AS e(fingerprint text, start int, "end" int, quote text)
       JOIN outcomes o ON o.project_id = $1 AND o.extraction_fingerprint = e.fingerprint
       ON CONFLICT DO NOTHING`,
      [projectId, interview.id, JSON.stringify(evidence)],
    );
    return inserted.map((row) => row.id);
  }
}

function uniqueSpans(spans: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
