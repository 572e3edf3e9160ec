import { describe, expect, it } from 'vitest';
import { parseRatingHeader, planWideSurveyColumns, type WideSurveyColumn } from './index.js';

const O1 = { id: '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10', key: 'O-1' };
const O12 = { id: 'c2a1d2a4-9f0e-4c3b-8d7e-6f5a4b3c2d1e', key: 'O-12' };
const OUTCOMES = [O1, O12];

/** The parts of a column a scenario cares about. */
const brief = (column: WideSurveyColumn) => ({ role: column.role, outcomeKey: column.outcomeKey, question: column.question, attribute: column.attribute, error: column.error !== null });

describe('parseRatingHeader', () => {
  it.each([
    ['O-12 importance', { ref: 'O-12', question: 'importance' }],
    ['O-12_sat', { ref: 'O-12', question: 'satisfaction' }],
    ['o-12.i', { ref: 'o-12', question: 'importance' }],
    ['O-12-s', { ref: 'O-12', question: 'satisfaction' }],
    ['O-12: Satisfaction', { ref: 'O-12', question: 'satisfaction' }],
    ['imp_O-12', { ref: 'O-12', question: 'importance' }],
    ['SAT O-12', { ref: 'O-12', question: 'satisfaction' }],
    [`importance ${O1.id}`, { ref: O1.id, question: 'importance' }],
    [`${O1.id.toUpperCase()}_s`, { ref: O1.id.toUpperCase(), question: 'satisfaction' }],
  ])('reads %j as a rating header', (header, expected) => {
    expect(parseRatingHeader(header)).toEqual(expected);
  });

  it.each([
    ['satisfaction_overall', 'the reference is neither a key nor an id'],
    ['company size', 'the last word is not a question'],
    ['i_O-12', 'single-letter questions only follow the reference'],
    ['O-12s', 'no separator'],
    ['O-12', 'no question'],
    ['importance', 'no reference'],
  ])('leaves %j alone (%s)', (header) => {
    expect(parseRatingHeader(header)).toBeNull();
  });
});

describe('planWideSurveyColumns', () => {
  it('reads a typical export: respondent id, segment, attributes and both questions per outcome', () => {
    const plan = planWideSurveyColumns(['Respondent ID', 'Segment', 'region', 'O-1 importance', 'O-1 satisfaction', 'imp_O-12', 'O-12_sat'], OUTCOMES);
    expect(plan.errors).toEqual([]);
    expect(plan.respondentColumn).toBe(0);
    expect(plan.segmentColumn).toBe(1);
    expect(plan.columns.map(brief)).toEqual([
      { role: 'respondentId', outcomeKey: null, question: null, attribute: null, error: false },
      { role: 'segment', outcomeKey: null, question: null, attribute: null, error: false },
      { role: 'attribute', outcomeKey: null, question: null, attribute: 'region', error: false },
      { role: 'rating', outcomeKey: 'O-1', question: 'importance', attribute: null, error: false },
      { role: 'rating', outcomeKey: 'O-1', question: 'satisfaction', attribute: null, error: false },
      { role: 'rating', outcomeKey: 'O-12', question: 'importance', attribute: null, error: false },
      { role: 'rating', outcomeKey: 'O-12', question: 'satisfaction', attribute: null, error: false },
    ]);
    expect(plan.columns[3]).toEqual({ index: 3, header: 'O-1 importance', role: 'rating', outcomeId: O1.id, outcomeKey: 'O-1', question: 'importance', attribute: null, error: null });
    expect(plan.outcomes).toEqual([
      { outcomeId: O1.id, outcomeKey: 'O-1', importanceColumn: 3, satisfactionColumn: 4 },
      { outcomeId: O12.id, outcomeKey: 'O-12', importanceColumn: 5, satisfactionColumn: 6 },
    ]);
  });

  it.each([
    [['respondent_id'], 0],
    [['RESPONDENT'], 0],
    [['respondentId'], 0],
    [['Response ID'], 0],
    [[' id '], 0],
    [['region', 'respondent id'], 1],
  ])('finds the respondent id column in %j', (header, expected) => {
    const plan = planWideSurveyColumns(header, OUTCOMES);
    expect(plan.respondentColumn).toBe(expected);
    expect(plan.errors).toEqual([]);
  });

  it('rates an outcome by id as well as by key, and a survey may ask only one question', () => {
    const plan = planWideSurveyColumns(['id', `${O12.id} imp`], OUTCOMES);
    expect(plan.errors).toEqual([]);
    expect(plan.outcomes).toEqual([{ outcomeId: O12.id, outcomeKey: 'O-12', importanceColumn: 1, satisfactionColumn: null }]);
  });

  it.each([
    {
      scenario: 'no respondent id column',
      header: ['segment', 'O-1 imp'],
      errors: [{ column: null, header: null, code: 'MISSING_COLUMN', message: expect.stringContaining('respondent_id') }],
    },
    {
      scenario: 'a rating of an outcome that does not exist',
      header: ['id', 'O-99 imp', 'O-1 imp'],
      errors: [{ column: 1, header: 'O-99 imp', code: 'UNKNOWN_OUTCOME', message: '"O-99 imp" rates O-99, which is not an outcome of this project' }],
    },
    {
      scenario: 'two columns for the same outcome and question',
      header: ['id', 'O-1 importance', 'imp_o-1'],
      errors: [{ column: 2, header: 'imp_o-1', code: 'DUPLICATE_COLUMN', message: 'A second importance column for O-1; "O-1 importance" is the first' }],
    },
    {
      scenario: 'two respondent id columns',
      header: ['respondent_id', 'id'],
      errors: [{ column: 1, header: 'id', code: 'DUPLICATE_COLUMN', message: expect.stringContaining('also looks like the respondent id') }],
    },
    {
      scenario: 'two segment columns',
      header: ['id', 'segment', 'Segment'],
      errors: [{ column: 2, header: 'Segment', code: 'DUPLICATE_COLUMN', message: expect.stringContaining('second segment') }],
    },
    {
      scenario: 'two attributes that differ only in case',
      header: ['id', 'Region', 'region'],
      errors: [{ column: 2, header: 'region', code: 'DUPLICATE_COLUMN', message: expect.stringContaining('"Region" is the first') }],
    },
    {
      scenario: 'an empty header',
      header: ['id', ' '],
      errors: [{ column: 1, header: ' ', code: 'EMPTY_HEADER', message: 'Column 2 has no header; name it or remove it' }],
    },
  ])('reports $scenario', ({ header, errors }) => {
    const plan = planWideSurveyColumns(header, OUTCOMES);
    expect(plan.errors).toEqual(errors);
    for (const error of plan.errors) if (error.column !== null) expect(plan.columns[error.column]?.error).toBe(error.message);
  });

  it('matches keys without regard to case and reports the key as the project spells it', () => {
    const plan = planWideSurveyColumns(['id', 'o-12 SAT'], OUTCOMES);
    expect(plan.columns[1]).toMatchObject({ outcomeId: O12.id, outcomeKey: 'O-12', question: 'satisfaction' });
  });
});
