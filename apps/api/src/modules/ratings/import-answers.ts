/** A file whose respondents × outcomes would not fit the buffer: refused at the line that would overflow it. */
export class TooManyAnswerCells extends Error {
  constructor(
    readonly line: number,
    readonly respondents: number,
    readonly outcomes: number,
    readonly limit: number,
  ) {
    super(`More than ${limit} answer cells`);
  }
}

/**
 * The answers of a survey file, gathered while it streams: per outcome (by its staging number), one byte per
 * respondent of the file (importance × 8 + satisfaction, each 0 when blank; 0 = no answer) and the line each
 * cell came from (0 = not in the file). A million answers are 5 MB here, not a million staged rows: the import
 * then overlays them onto each outcome's answer strings (1765000000000-packed-answers) in one pass.
 */
export class AnswerBuffer {
  private readonly indexes = new Map<string, number>();
  private readonly respondentIds: string[] = [];
  private readonly codes: Uint8Array[] = [];
  private readonly lines: Uint32Array[] = [];
  private capacity = 256;
  private outcomesNamed = 0;
  /** Cells with an answer, the ratings the file holds. */
  answered = 0;

  /**
   * `maxCells` (RATINGS_IMPORT_MAX_ANSWER_CELLS) caps respondents × outcomes named: far beyond real surveys (a few
   * thousand respondents, a few hundred outcomes), it keeps a sparse or hostile file from exhausting memory.
   */
  constructor(
    private readonly outcomeCount: number,
    private readonly maxCells: number,
  ) {}

  /** The file's respondents, in order of first appearance. */
  get respondents(): readonly string[] {
    return this.respondentIds;
  }

  /** The index of a respondent (by external id), numbered from 0 in order of first appearance, at `line`. */
  respondent(externalId: string, line: number): number {
    let index = this.indexes.get(externalId);
    if (index === undefined) {
      index = this.respondentIds.length;
      this.ensureRoom(line, index + 1, this.outcomesNamed);
      if (index >= this.capacity) this.grow();
      this.respondentIds.push(externalId);
      this.indexes.set(externalId, index);
    }
    return index;
  }

  /**
   * Records a cell (code 0: the line names the outcome without answering it). Answers the line of an earlier cell
   * of the same respondent and outcome, if any (which it keeps), or 0.
   */
  set(outcomeNo: number, respondent: number, code: number, line: number): number {
    if (!this.lines[outcomeNo]) {
      this.ensureRoom(line, this.respondentIds.length, this.outcomesNamed + 1);
      this.outcomesNamed += 1;
    }
    const lines = (this.lines[outcomeNo] ??= new Uint32Array(this.capacity));
    const earlier = lines[respondent]!;
    if (earlier !== 0) return earlier;
    lines[respondent] = line;
    (this.codes[outcomeNo] ??= new Uint8Array(this.capacity))[respondent] = code;
    if (code !== 0) this.answered += 1;
    return 0;
  }

  /** The numbers of the outcomes the file names in a cell. */
  outcomes(): number[] {
    const numbers: number[] = [];
    for (let no = 1; no <= this.outcomeCount; no += 1) if (this.lines[no]) numbers.push(no);
    return numbers;
  }

  /** Every cell of one outcome, in respondent order. */
  *cells(outcomeNo: number): Generator<{ respondent: number; code: number; line: number }> {
    const lines = this.lines[outcomeNo];
    const codes = this.codes[outcomeNo];
    if (!lines || !codes) return;
    for (let respondent = 0; respondent < this.respondentIds.length; respondent += 1) {
      if (lines[respondent] !== 0) yield { respondent, code: codes[respondent]!, line: lines[respondent]! };
    }
  }

  /** The answer codes of one outcome by respondent index (0: none), or undefined when it has no cell. */
  codesOf(outcomeNo: number): Uint8Array | undefined {
    return this.codes[outcomeNo];
  }

  /** Refuses, at `line`, a file that needs more than the cap's cells. */
  private ensureRoom(line: number, respondents: number, outcomes: number): void {
    if (respondents * outcomes > this.maxCells) throw new TooManyAnswerCells(line, respondents, outcomes, this.maxCells);
  }

  private grow(): void {
    this.capacity *= 2;
    for (let no = 1; no <= this.outcomeCount; no += 1) {
      if (this.lines[no]) this.lines[no] = resized(this.lines[no]!, this.capacity);
      if (this.codes[no]) this.codes[no] = resized(this.codes[no]!, this.capacity);
    }
  }
}

function resized<T extends Uint8Array | Uint32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** An answer code from its two answers (each 0 when blank, else 1–5). */
export const answerCode = (importance: number, satisfaction: number): number => importance * 8 + satisfaction;
/** An answer of a code as staging writes it: the digit, or null when blank. */
export const codeAnswer = (code: number, part: 'importance' | 'satisfaction'): string | null => {
  const value = part === 'importance' ? code >> 3 : code & 7;
  return value === 0 ? null : String(value);
};
