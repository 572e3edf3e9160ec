import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

type IssueLike = { code: string; minimum?: unknown; origin?: unknown; input?: unknown };

/** Messages for the generic cases; messages written into the contract schemas always win. */
function friendlyMessage(issue: IssueLike): string | undefined {
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return 'This field is required';
  if (issue.code === 'invalid_format') return 'Enter a valid value';
  return undefined;
}

/** react-hook-form resolver for a shared contract schema. */
export function contractResolver<S extends z.ZodType<FieldValues, FieldValues>>(schema: S): Resolver<z.input<S>, unknown, z.output<S>> {
  return zodResolver(schema, { error: friendlyMessage }) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
}
