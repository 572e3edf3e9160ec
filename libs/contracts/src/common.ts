import { z } from 'zod';

export const idSchema = z.uuid();
export const isoDateTime = z.iso.datetime({ offset: true });
/** A calendar day, YYYY-MM-DD. ISO allows year 0000, which PostgreSQL's date type does not have. */
export const calendarDate = z.iso.date().refine((value) => value >= '0001-01-01', 'Dates start at 0001-01-01');

/** Trimmed, non-empty single-line text with a length cap. */
export const label = (max: number) => z.string().trim().min(1).max(max);
/** Free text that may be empty; stored verbatim (never interpreted as HTML or SQL). */
export const freeText = (max: number) => z.string().max(max);

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'PROJECT_NOT_FOUND' }),
      message: z.string().meta({ example: 'Project not found' }),
      details: z.unknown().optional(),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export type Page<T> = { items: T[]; nextCursor: string | null };

export const workspaceRoleSchema = z.enum(['owner', 'researcher', 'viewer']);
export type WorkspaceRole = z.infer<typeof workspaceRoleSchema>;

/** Colour as #rrggbb. */
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Colour must look like #1c7ed6');
