import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  createInterviewRequestSchema,
  type CreateInterviewRequest,
  type InterviewDetail,
  type InterviewSummary,
  type TranscriptFormat,
  type UpdateInterviewRequest,
  type UploadInterviewMetadata,
} from '@outcome-atlas/contracts';
import { parseTranscript, toPassages, TranscriptParseError, wordCount, type ParsedTranscript } from '@outcome-atlas/domain';
import type { FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, conflict, notFound, unprocessable } from '../../common/app-error.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import type { Caller } from '../auth/caller.js';
import { HIGHLIGHT_SELECT, toHighlight, type HighlightRow } from '../highlights/highlight.mapper.js';
import { AccessService } from '../workspaces/access.service.js';
import { INTERVIEW_SUMMARY_COLUMNS, toInterviewSummary, type InterviewSummaryRow } from './interview.mapper.js';
import { readUpload, transcriptText } from './transcript-upload.js';

type Metadata = Omit<Required<CreateInterviewRequest>, 'content' | 'format'>;
export type NewInterview = { content: string; format: TranscriptFormat; metadata: Metadata };

const createBody = new ZodValidationPipe(createInterviewRequestSchema, 'body');

const withDefaults = (metadata: UploadInterviewMetadata, title: string): Metadata => ({
  title: metadata.title ?? title,
  participant: { pseudonym: metadata.participant?.pseudonym ?? '', personaId: metadata.participant?.personaId ?? null, attributes: metadata.participant?.attributes ?? {} },
  interviewer: metadata.interviewer ?? '',
  interviewDate: metadata.interviewDate ?? null,
  language: metadata.language ?? 'en',
});

@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
  ) {}

  /** JSON body or multipart upload; access is checked before a byte of the upload is read. */
  async createFromRequest(caller: Caller, projectId: string, request: FastifyRequest): Promise<InterviewSummary> {
    await this.access.resource(caller, 'project', projectId, 'write');
    if (request.isMultipart()) {
      const upload = await readUpload(request);
      const content = await transcriptText(upload);
      const title = upload.filename.replace(/\.[^.]+$/, '').slice(0, 200) || 'Untitled interview';
      return this.ingest(caller, projectId, { content, format: upload.format, metadata: withDefaults(upload.metadata, title) });
    }
    const { content, format, ...metadata } = createBody.transform(request.body) as Required<CreateInterviewRequest>;
    return this.ingest(caller, projectId, { content, format, metadata });
  }

  /** Parses, de-duplicates and stores one interview. Nothing is stored when any step fails. */
  async ingest(caller: Pick<Caller, 'userId'>, projectId: string, input: NewInterview, manager: EntityManager = this.db.manager): Promise<InterviewSummary> {
    const parsed = this.parse(input);
    return manager.transaction((transaction) => this.store(transaction, caller, projectId, input, parsed));
  }

  private async store(manager: EntityManager, caller: Pick<Caller, 'userId'>, projectId: string, input: NewInterview, parsed: ParsedTranscript): Promise<InterviewSummary> {
    await this.checkPersona(manager, projectId, input.metadata.participant.personaId ?? null);
    const contentHash = createHash('sha256').update(parsed.text).digest('hex');
    const { metadata } = input;
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO interviews (project_id, title, format, participant_pseudonym, persona_id, participant_attributes, interviewer, interview_date,
         language, transcript, utterances, utterance_count, word_count, content_hash, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (project_id, content_hash) DO NOTHING RETURNING id`,
      [
        projectId, metadata.title, input.format, metadata.participant.pseudonym, metadata.participant.personaId,
        JSON.stringify(metadata.participant.attributes), metadata.interviewer, metadata.interviewDate, metadata.language,
        parsed.text, JSON.stringify(parsed.utterances), parsed.utterances.length, wordCount(parsed.text), contentHash, caller.userId,
      ],
    );
    if (!inserted[0]) {
      const existing: { id: string; title: string }[] = await manager.query('SELECT id, title FROM interviews WHERE project_id = $1 AND content_hash = $2', [projectId, contentHash]);
      throw conflict('INTERVIEW_DUPLICATE', `This transcript is already in the project as "${existing[0]?.title}"`, { existingInterviewId: existing[0]?.id, title: existing[0]?.title });
    }
    const passages = toPassages(parsed);
    await manager.query(
      `INSERT INTO interview_passages (interview_id, position, start_offset, text)
       SELECT $1, ordinality - 1, p.start, p.text FROM unnest($2::int[], $3::text[]) WITH ORDINALITY AS p(start, text, ordinality)`,
      [inserted[0].id, passages.map((passage) => passage.start), passages.map((passage) => passage.text)],
    );
    return this.summary(manager, inserted[0].id);
  }

  async get(caller: Caller, interviewId: string): Promise<InterviewDetail> {
    await this.access.resource(caller, 'interview', interviewId, 'read');
    const [rows, highlights] = await Promise.all([
      this.db.query(`SELECT ${INTERVIEW_SUMMARY_COLUMNS}, i.transcript, i.utterances FROM interviews i WHERE i.id = $1`, [interviewId]) as Promise<
        (InterviewSummaryRow & Pick<InterviewDetail, 'transcript' | 'utterances'>)[]
      >,
      this.db.query(`${HIGHLIGHT_SELECT} WHERE h.interview_id = $1 ORDER BY h.start_offset`, [interviewId]) as Promise<HighlightRow[]>,
    ]);
    const row = rows[0];
    if (!row) throw notFound('interview');
    return { ...toInterviewSummary(row), transcript: row.transcript, utterances: row.utterances, highlights: highlights.map(toHighlight) };
  }

  async update(caller: Caller, interviewId: string, request: UpdateInterviewRequest): Promise<InterviewSummary> {
    const { projectId } = await this.access.resource(caller, 'interview', interviewId, 'write');
    const participant = request.participant;
    if (participant?.personaId) await this.checkPersona(this.db.manager, projectId, participant.personaId);
    await this.db.query(
      `UPDATE interviews SET
         title = coalesce($2, title), interviewer = coalesce($3, interviewer), language = coalesce($4, language),
         interview_date = CASE WHEN $5 THEN $6::date ELSE interview_date END,
         participant_pseudonym = coalesce($7, participant_pseudonym),
         persona_id = CASE WHEN $8 THEN $9::uuid ELSE persona_id END,
         participant_attributes = coalesce($10::jsonb, participant_attributes),
         updated_at = now()
       WHERE id = $1`,
      [
        interviewId, request.title ?? null, request.interviewer ?? null, request.language ?? null,
        request.interviewDate !== undefined, request.interviewDate ?? null,
        participant?.pseudonym ?? null, participant?.personaId !== undefined, participant?.personaId ?? null,
        participant?.attributes ? JSON.stringify(participant.attributes) : null,
      ],
    );
    return this.summary(this.db.manager, interviewId);
  }

  async remove(caller: Caller, interviewId: string): Promise<void> {
    await this.access.resource(caller, 'interview', interviewId, 'write');
    await this.db.query('DELETE FROM interviews WHERE id = $1', [interviewId]);
  }

  private parse(input: NewInterview): ParsedTranscript {
    try {
      return parseTranscript(input.content, input.format === 'docx' ? 'txt' : input.format, {
        maxChars: this.config.MAX_TRANSCRIPT_CHARS,
        maxUtterances: this.config.MAX_UTTERANCES,
      });
    } catch (error) {
      if (!(error instanceof TranscriptParseError)) throw error;
      const details = error.line === null ? undefined : { line: error.line };
      if (error.code === 'TRANSCRIPT_TOO_LONG') throw new AppError(413, error.code, error.message, details);
      throw unprocessable(error.code, error.message, details);
    }
  }

  private async checkPersona(manager: EntityManager, projectId: string, personaId: string | null): Promise<void> {
    if (!personaId) return;
    const rows: unknown[] = await manager.query('SELECT 1 FROM personas WHERE id = $1 AND project_id = $2', [personaId, projectId]);
    if (rows.length === 0) throw unprocessable('PERSONA_NOT_FOUND', 'The persona does not exist in this project');
  }

  private async summary(manager: EntityManager, interviewId: string): Promise<InterviewSummary> {
    const rows: InterviewSummaryRow[] = await manager.query(`SELECT ${INTERVIEW_SUMMARY_COLUMNS} FROM interviews i WHERE i.id = $1`, [interviewId]);
    if (!rows[0]) throw notFound('interview');
    return toInterviewSummary(rows[0]);
  }
}
