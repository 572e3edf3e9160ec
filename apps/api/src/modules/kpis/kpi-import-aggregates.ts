import { assertKpiValue, parseDecimalText } from '@outcome-atlas/domain';
import { PeriodRows, type ImportedPeriod, type MeasurementCsvReader } from './kpi-import-lines.js';
import { MAX_SAMPLE_SIZE } from './kpi-measurement-writes.sql.js';

/** `period_start, period_end, value[, sample_size]`: one line per period, validated like an entered value. */
export class AggregateRows extends PeriodRows<{ value: number; sampleSize: number | null }> implements MeasurementCsvReader {
  header(record: readonly string[]): void {
    this.plan(record, ['value'], ['sample_size'], true, 'aggregates are period_start, period_end, value[, sample_size]');
  }

  row(record: readonly string[], line: number): void {
    const period = this.period(record, line);
    const value = this.value(record, line);
    const sampleSize = this.sampleSize(record, line);
    if (period === null || value === null || sampleSize === undefined) return;
    const earlier = this.periods.get(period.key);
    if (earlier) {
      this.reject(line, 'period_start', 'DUPLICATE_PERIOD', `The period ${period.periodStart} to ${period.periodEnd} is already on line ${earlier.line}; give each period once`);
      return;
    }
    this.periods.set(period.key, { periodStart: period.periodStart, periodEnd: period.periodEnd, line, entry: { value, sampleSize } });
  }

  finish(): ImportedPeriod[] {
    return [...this.periods.values()].map(({ periodStart, periodEnd, line, entry }) => ({
      periodStart,
      periodEnd,
      line,
      value: entry.value,
      sampleSize: entry.sampleSize,
      source: 'imported',
      inputs: null,
    }));
  }

  private value(record: readonly string[], line: number): number | null {
    try {
      const value = parseDecimalText(this.field(record, 'value'), 'value');
      assertKpiValue(this.kpi.type, this.kpi.scale, value, 'value');
      return value;
    } catch (error) {
      this.rejectInput(line, error);
      return null;
    }
  }

  /** The sample size, null when blank, undefined after recording a problem. */
  private sampleSize(record: readonly string[], line: number): number | null | undefined {
    const text = this.field(record, 'sample_size');
    if (text === '') return null;
    let value: number;
    try {
      value = parseDecimalText(text, 'sample_size');
    } catch (error) {
      this.rejectInput(line, error);
      return undefined;
    }
    if (!Number.isInteger(value)) this.reject(line, 'sample_size', 'NOT_A_WHOLE_NUMBER', `sample_size: expected a whole number, got ${value}`);
    else if (value < 0) this.reject(line, 'sample_size', 'MEASUREMENT_NEGATIVE_COUNT', `sample_size: the sample size counts respondents or attempts: 0 or more, got ${value}`);
    else if (value > MAX_SAMPLE_SIZE) this.reject(line, 'sample_size', 'MEASUREMENT_SAMPLE_TOO_LARGE', `sample_size: at most ${MAX_SAMPLE_SIZE}, got ${value}`);
    else return value;
    return undefined;
  }
}
