import { describe, expect, it } from 'vitest';
import { AnswerBuffer, answerCode, TooManyAnswerCells } from './import-answers.js';

describe('AnswerBuffer', () => {
  it('keeps one code per respondent and outcome, the first line of a repeated cell, and counts answers', () => {
    const buffer = new AnswerBuffer(3, 1e6);
    const [r1, r2] = [buffer.respondent('R-1', 2), buffer.respondent('R-2', 3)];
    expect(buffer.respondent('R-1', 4)).toBe(r1);
    expect(buffer.set(1, r1, answerCode(5, 2), 2)).toBe(0);
    expect(buffer.set(3, r2, answerCode(0, 4), 3)).toBe(0);
    expect(buffer.set(3, r1, 0, 4)).toBe(0);
    expect(buffer.set(1, r1, answerCode(1, 1), 5)).toBe(2);
    expect(buffer.answered).toBe(2);
    expect(buffer.outcomes()).toEqual([1, 3]);
    expect([...buffer.cells(3)]).toEqual([
      { respondent: r1, code: 0, line: 4 },
      { respondent: r2, code: answerCode(0, 4), line: 3 },
    ]);
    expect(buffer.codesOf(1)![r1]).toBe(answerCode(5, 2));
  });

  it('grows past its first capacity without losing cells', () => {
    const buffer = new AnswerBuffer(2, 1e6);
    for (let index = 0; index < 1000; index += 1) buffer.set(1 + (index % 2), buffer.respondent(`R-${index}`, index + 2), answerCode(1 + (index % 5), 3), index + 2);
    expect(buffer.respondents).toHaveLength(1000);
    expect([...buffer.cells(2)].map((cell) => cell.line)).toEqual(Array.from({ length: 500 }, (_, k) => 2 * k + 3));
    expect(buffer.codesOf(1)![998]).toBe(answerCode(4, 3));
  });

  it('refuses, at the line that would overflow it, a file needing more cells than its cap', () => {
    const buffer = new AnswerBuffer(10, 20);
    for (let index = 0; index < 5; index += 1) buffer.respondent(`R-${index}`, index + 2);
    for (let no = 1; no <= 4; no += 1) buffer.set(no, 0, 9, 2);
    expect(() => buffer.set(5, 0, 9, 7)).toThrow(TooManyAnswerCells);
    try {
      buffer.respondent('R-5', 8);
    } catch (error) {
      expect(error).toMatchObject({ line: 8, respondents: 6, outcomes: 4, limit: 20 });
      return;
    }
    throw new Error('expected TooManyAnswerCells');
  });
});
