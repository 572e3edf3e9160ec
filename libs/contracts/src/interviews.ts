import { z } from 'zod';
import { freeText, idSchema, isoDateTime, label, pageQuerySchema } from './common.js';
import { highlightSchema } from './highlights.js';

export const TRANSCRIPT_FORMATS = ['txt', 'md', 'vtt', 'srt', 'docx'] as const;
export const transcriptFormatSchema = z.enum(TRANSCRIPT_FORMATS);
export type TranscriptFormat = z.infer<typeof transcriptFormatSchema>;
/** Formats that can be sent as text in a JSON body (docx only by upload). */
export const textTranscriptFormatSchema = z.enum(['txt', 'md', 'vtt', 'srt']);

export const participantSchema = z
  .strictObject({
    pseudonym: freeText(120).default(''),
    personaId: idSchema.nullable().default(null),
    attributes: z.record(z.string().trim().min(1).max(60), z.string().max(200)).default({}).refine((value) => Object.keys(value).length <= 30, 'At most 30 attributes'),
  })
  .meta({ id: 'Participant' });
export type Participant = z.infer<typeof participantSchema>;

export const interviewMetadataSchema = z.strictObject({
  title: label(200),
  participant: participantSchema.default({ pseudonym: '', personaId: null, attributes: {} }),
  interviewer: freeText(120).default(''),
  interviewDate: z.iso.date().nullable().default(null),
  language: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'Use a language tag such as en or de-CH').default('en'),
});

export const createInterviewRequestSchema = interviewMetadataSchema
  .extend({ content: z.string().min(1, 'The transcript is empty'), format: textTranscriptFormatSchema })
  .meta({
    id: 'CreateInterviewRequest',
    example: {
      title: 'Interview with P1',
      format: 'txt',
      content: 'Interviewer: How do you close the month?\nP1: It takes me two days to match invoices with orders.',
      participant: { pseudonym: 'P1', personaId: null, attributes: { role: 'AP clerk' } },
      interviewer: 'Sam',
      interviewDate: '2026-10-01',
      language: 'en',
    },
  });
export type CreateInterviewRequest = z.input<typeof createInterviewRequestSchema>;

/** Multipart upload: a `file` part plus an optional `metadata` part holding JSON of this shape. */
export const uploadInterviewMetadataSchema = interviewMetadataSchema.partial({ title: true }).meta({ id: 'UploadInterviewMetadata' });
export type UploadInterviewMetadata = z.input<typeof uploadInterviewMetadataSchema>;

export const updateInterviewRequestSchema = interviewMetadataSchema
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateInterviewRequest', example: { title: 'Interview with P1 (follow-up)' } });
export type UpdateInterviewRequest = z.input<typeof updateInterviewRequestSchema>;

export const utteranceSchema = z
  .object({
    speaker: z.string().nullable(),
    start: z.number().int().meta({ description: 'Offset of the first character in the transcript text.' }),
    end: z.number().int().meta({ description: 'Offset after the last character (exclusive).' }),
    startMs: z.number().int().nullable(),
    endMs: z.number().int().nullable(),
  })
  .meta({ id: 'Utterance' });
export type Utterance = z.infer<typeof utteranceSchema>;

export const interviewSummarySchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    title: z.string(),
    format: transcriptFormatSchema,
    participant: z.object({ pseudonym: z.string(), personaId: idSchema.nullable(), attributes: z.record(z.string(), z.string()) }),
    interviewer: z.string(),
    interviewDate: z.iso.date().nullable(),
    language: z.string(),
    utteranceCount: z.number().int(),
    wordCount: z.number().int(),
    highlightCount: z.number().int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'InterviewSummary' });
export type InterviewSummary = z.infer<typeof interviewSummarySchema>;

export const interviewDetailSchema = interviewSummarySchema
  .extend({ transcript: z.string(), utterances: z.array(utteranceSchema), highlights: z.array(highlightSchema) })
  .meta({ id: 'Interview' });
export type InterviewDetail = z.infer<typeof interviewDetailSchema>;

export const listInterviewsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(500).optional().meta({ description: 'Full-text search (web-search syntax: quotes, OR, -word).' }),
  personaId: idSchema.optional(),
  tagId: idSchema.optional(),
});
export type ListInterviewsQuery = z.infer<typeof listInterviewsQuerySchema>;

export const searchSnippetSchema = z
  .object({
    text: z.string().meta({ description: 'Plain text around the match.' }),
    matches: z.array(z.object({ start: z.number().int(), end: z.number().int() })).meta({ description: 'Ranges within `text` that matched; render them highlighted, never as HTML.' }),
  })
  .meta({ id: 'SearchSnippet' });
export type SearchSnippet = z.infer<typeof searchSnippetSchema>;

export const interviewListItemSchema = interviewSummarySchema
  .extend({ rank: z.number().nullable(), snippet: searchSnippetSchema.nullable() })
  .meta({ id: 'InterviewListItem' });
export type InterviewListItem = z.infer<typeof interviewListItemSchema>;
