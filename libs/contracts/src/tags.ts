import { z } from 'zod';
import { colorSchema, freeText, idSchema, isoDateTime, label } from './common.js';

export const tagSchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    name: z.string(),
    color: z.string(),
    group: z.string().nullable(),
    highlightCount: z.number().int(),
    createdAt: isoDateTime,
  })
  .meta({ id: 'Tag' });
export type Tag = z.infer<typeof tagSchema>;

export const createTagRequestSchema = z
  .strictObject({ name: label(80), color: colorSchema.default('#1c7ed6'), group: freeText(80).trim().nullable().default(null) })
  .meta({ id: 'CreateTagRequest', example: { name: 'workaround', color: '#e8590c', group: 'Struggles' } });
export type CreateTagRequest = z.input<typeof createTagRequestSchema>;

export const updateTagRequestSchema = z
  .strictObject({ name: label(80), color: colorSchema, group: freeText(80).trim().nullable() })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateTagRequest', example: { name: 'workarounds' } });
export type UpdateTagRequest = z.infer<typeof updateTagRequestSchema>;

export const mergeTagRequestSchema = z
  .strictObject({ intoTagId: idSchema })
  .meta({
    id: 'MergeTagRequest',
    description: 'Moves every highlight of this tag to `intoTagId`, then deletes this tag.',
    example: { intoTagId: '3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c' },
  });
export type MergeTagRequest = z.infer<typeof mergeTagRequestSchema>;
