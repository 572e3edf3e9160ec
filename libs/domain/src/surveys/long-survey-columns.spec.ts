import { describe, expect, it } from 'vitest';
import { planLongSurveyColumns } from './index.js';

describe('planLongSurveyColumns', () => {
  it.each([
    { scenario: 'the documented header', header: ['respondent_id', 'outcome_id', 'importance', 'satisfaction'], segment: null },
    { scenario: 'with a segment, in another order and case', header: ['Importance', 'Satisfaction', 'Respondent ID', 'Outcome_ID', 'segment'], segment: 4 },
  ])('accepts $scenario', ({ header, segment }) => {
    const plan = planLongSurveyColumns(header);
    expect(plan.errors).toEqual([]);
    expect(plan.fieldColumns.segment).toBe(segment);
    expect(header[plan.fieldColumns.respondentId!]?.toLowerCase()).toContain('respondent');
    expect(plan.columns.every((column) => column.field !== null && column.error === null)).toBe(true);
  });

  it.each([
    {
      scenario: 'a missing required column',
      header: ['respondent_id', 'outcome_id', 'importance'],
      errors: [{ column: null, header: null, code: 'MISSING_COLUMN', message: 'The header has no satisfaction column; expected respondent_id,outcome_id,importance,satisfaction[,segment]' }],
    },
    {
      scenario: 'an unknown column',
      header: ['respondent_id', 'outcome_id', 'importance', 'satisfaction', 'region'],
      errors: [{ column: 4, header: 'region', code: 'UNKNOWN_COLUMN', message: '"region" is not a column of the long format; expected respondent_id,outcome_id,importance,satisfaction[,segment]' }],
    },
    {
      scenario: 'a repeated column',
      header: ['respondent_id', 'outcome_id', 'importance', 'satisfaction', 'Importance'],
      errors: [{ column: 4, header: 'Importance', code: 'DUPLICATE_COLUMN', message: 'A second importance column; "importance" is the first' }],
    },
    {
      scenario: 'a wide header sent as long',
      header: ['respondent_id', 'O-1 imp'],
      errors: [
        { column: null, header: null, code: 'MISSING_COLUMN', message: expect.stringContaining('outcome_id') },
        { column: null, header: null, code: 'MISSING_COLUMN', message: expect.stringContaining('no importance') },
        { column: null, header: null, code: 'MISSING_COLUMN', message: expect.stringContaining('no satisfaction') },
        { column: 1, header: 'O-1 imp', code: 'UNKNOWN_COLUMN', message: expect.stringContaining('"O-1 imp"') },
      ],
    },
  ])('reports $scenario', ({ header, errors }) => {
    expect(planLongSurveyColumns(header).errors).toEqual(errors);
  });
});
