import { z } from 'zod';
import { freeText, idSchema, isoDateTime, label, pageQuerySchema } from './common.js';

export const highlightTagSchema = z.object({ id: idSchema, name: z.string(), color: z.string() }).meta({ id: 'HighlightTag' });

export const highlightSchema = z
  .object({
    id: idSchema,
    interviewId: idSchema,
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string().meta({ description: 'The transcript text between start and end.' }),
    note: z.string(),
    tags: z.array(highlightTagSchema),
    createdBy: idSchema.nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Highlight' });
export type Highlight = z.infer<typeof highlightSchema>;

/** Tags are given by id, or by name to create them on the fly. */
export const tagRefsSchema = z.strictObject({
  tagIds: z.array(idSchema).max(50).default([]),
  newTags: z.array(label(80)).max(20).default([]).meta({ description: 'Tag names to create (or reuse, case-insensitively) in the project.' }),
});

export const createHighlightRequestSchema = z
  .strictObject({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    note: freeText(4000).default(''),
  })
  .extend(tagRefsSchema.shape)
  .refine((value) => value.end > value.start, { message: 'end must be greater than start', path: ['end'] })
  .meta({ id: 'CreateHighlightRequest', example: { start: 0, end: 42, note: 'Strong pain', tagIds: [], newTags: ['time cost'] } });
export type CreateHighlightRequest = z.input<typeof createHighlightRequestSchema>;

export const updateHighlightRequestSchema = z
  .strictObject({
    note: freeText(4000),
    tagIds: z.array(idSchema).max(50),
    newTags: z.array(label(80)).max(20),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateHighlightRequest', description: 'tagIds (plus newTags) replace the highlight\'s tags.', example: { note: 'Mentioned twice' } });
export type UpdateHighlightRequest = z.input<typeof updateHighlightRequestSchema>;

export const tagBoardItemSchema = highlightSchema
  .extend({ interviewTitle: z.string(), participantPseudonym: z.string() })
  .meta({ id: 'TagBoardItem' });
export type TagBoardItem = z.infer<typeof tagBoardItemSchema>;

export const listHighlightsQuerySchema = pageQuerySchema.extend({ tagId: idSchema.optional() });
