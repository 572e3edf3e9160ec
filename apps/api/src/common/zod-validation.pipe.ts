import { Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { AppError, notFound } from './app-error.js';
import { UUID_PATTERN } from './ids.js';

export type ValidationDetail = { path: string; message: string };

export function zodIssuesToDetails(issues: readonly z.core.$ZodIssue[]): ValidationDetail[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Validates a body or query against a shared contract schema; 400 with every problem listed. */
@Injectable()
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    private readonly schema: T,
    private readonly what: 'body' | 'query' = 'body',
  ) {}

  transform(value: unknown): z.infer<T> {
    const result = this.schema.safeParse(value ?? (this.what === 'query' ? {} : undefined));
    if (!result.success) {
      const details = zodIssuesToDetails(result.error.issues);
      const first = details[0];
      const message = first ? `Invalid ${this.what}: ${first.path ? `${first.path}: ` : ''}${first.message}` : `Invalid ${this.what}`;
      throw new AppError(400, 'VALIDATION_FAILED', message, details);
    }
    return result.data;
  }
}

/** Path ids that are not UUIDs cannot name anything: answer 404 like any unknown id. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  constructor(private readonly what: string) {}

  transform(value: string): string {
    if (!UUID_PATTERN.test(value)) throw notFound(this.what);
    return value.toLowerCase();
  }
}
