import { type CreateRespondentRequest, createRespondentRequestSchema } from '@outcome-atlas/contracts';
import { z } from 'zod';

export type AttributeRow = { name: string; value: string };
export type RespondentFormValues = { externalId: string; segment: string; attributes: AttributeRow[] };

export const EMPTY_RESPONDENT_FORM: RespondentFormValues = { externalId: '', segment: '', attributes: [{ name: '', value: '' }] };

const attributesSchema = createRespondentRequestSchema.shape.attributes;

type NestedIssue = { code: string; message: string; issues?: NestedIssue[] };

/** The first readable message of a record issue (a bad key nests the key's own issue). */
const messageOf = (issue: NestedIssue): string => issue.issues?.[0]?.message ?? issue.message;

/**
 * The "New participant" form: attributes are edited as name/value rows, each row checked with the shared
 * contract's attribute rules so the message lands on the row (the id with the contract's own rule, so both
 * show at once); then the whole request is validated by `createRespondentRequestSchema` itself. Blank rows
 * are ignored; an empty segment means none.
 */
export const respondentFormSchema = z
  .object({
    externalId: createRespondentRequestSchema.shape.externalId,
    segment: z.string(),
    attributes: z.array(z.object({ name: z.string(), value: z.string() })),
  })
  .superRefine((values, context) => {
    const seen = new Set<string>();
    values.attributes.forEach((row, index) => {
      const name = row.name.trim();
      if (name === '' && row.value.trim() === '') return;
      if (name === '') {
        context.addIssue({ code: 'custom', path: ['attributes', index, 'name'], message: 'Name the attribute, or clear its value' });
        return;
      }
      if (seen.has(name)) context.addIssue({ code: 'custom', path: ['attributes', index, 'name'], message: 'This attribute is already listed' });
      seen.add(name);
      const parsed = attributesSchema.safeParse({ [name]: row.value });
      for (const issue of parsed.error?.issues ?? []) {
        const field = issue.code === 'invalid_key' ? 'name' : 'value';
        context.addIssue({ code: 'custom', path: ['attributes', index, field], message: messageOf(issue as NestedIssue) });
      }
    });
  })
  .transform((values): CreateRespondentRequest => ({
    externalId: values.externalId,
    segment: values.segment.trim() === '' ? null : values.segment,
    attributes: Object.fromEntries(values.attributes.filter((row) => row.name.trim() !== '').map((row) => [row.name.trim(), row.value])),
  }))
  .pipe(createRespondentRequestSchema);
