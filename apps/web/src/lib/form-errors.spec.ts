import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { type CodeRule, serverErrorField, showServerError } from './form-errors';

type Form = { title: string; shipDate: string; status: string };
const fields = ['title', 'shipDate', 'status'] as const;
const rules: readonly CodeRule<keyof Form>[] = [
  [/SHIP_DATE/, 'shipDate'],
  [/STATUS/, 'status'],
];
const coded = (code: string, details?: unknown, status = 422) => new ApiError({ status, code, message: `${code} message`, details });

describe('serverErrorField', () => {
  it('takes the field the server names in details.field or details.path', () => {
    expect(serverErrorField(coded('ANYTHING', { field: 'title' }), fields, rules)).toBe('title');
    expect(serverErrorField(coded('ANYTHING', { path: 'status' }), fields, rules)).toBe('status');
  });

  it('otherwise takes the first rule whose pattern matches the code', () => {
    expect(serverErrorField(coded('SHIP_DATE_REQUIRED'), fields, rules)).toBe('shipDate');
    expect(serverErrorField(coded('SHIP_DATE_REQUIRED', { field: 'not-a-field' }), fields, rules)).toBe('shipDate');
  });

  it('is null for a code no rule knows, for other statuses and for other errors', () => {
    expect(serverErrorField(coded('SOMETHING_ELSE'), fields, rules)).toBeNull();
    expect(serverErrorField(coded('SHIP_DATE_REQUIRED', undefined, 400), fields, rules)).toBeNull();
    expect(serverErrorField(new Error('boom'), fields, rules)).toBeNull();
  });
});

describe('showServerError', () => {
  it('puts a coded 422 on its field and focuses it', () => {
    const setError = vi.fn();
    showServerError<Form>(coded('SHIP_DATE_REQUIRED'), setError, fields, rules);
    expect(setError).toHaveBeenCalledExactlyOnceWith('shipDate', { type: 'server', message: 'SHIP_DATE_REQUIRED message' }, { shouldFocus: true });
  });

  it('puts validation details on their fields', () => {
    const setError = vi.fn();
    showServerError<Form>(coded('VALIDATION_FAILED', [{ path: ['title'], message: 'Too long' }], 400), setError, fields, rules);
    expect(setError).toHaveBeenCalledExactlyOnceWith('title', { type: 'server', message: 'Too long' });
  });

  it('puts anything else above the submit button', () => {
    const setError = vi.fn();
    showServerError<Form>(coded('SOLUTION_NOT_FOUND', undefined, 404), setError, fields, rules);
    expect(setError).toHaveBeenCalledExactlyOnceWith('root.server', { type: 'server', message: 'SOLUTION_NOT_FOUND message' });
  });
});
