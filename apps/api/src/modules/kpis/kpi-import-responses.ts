import {
  DomainInputError,
  KPI_DEFINITIONS,
  KPI_RESPONSE_COLUMNS,
  measurementFromResponses,
  parseKpiResponse,
  type ComputableKpiType,
  type KpiResponseAnswer,
} from '@outcome-atlas/domain';
import { lineCode, PeriodRows, type ImportedPeriod, type ImportProblems, type MeasurementCsvReader } from './kpi-import-lines.js';
import { MAX_SAMPLE_SIZE, type MeasuredKpi } from './kpi-measurement-writes.sql.js';

/** `period_start, period_end` + the type's answer columns: grouped by period, one value computed per period. */
export class ResponseRows<T extends ComputableKpiType> extends PeriodRows<KpiResponseAnswer[T][]> implements MeasurementCsvReader {
  constructor(
    kpi: MeasuredKpi,
    problems: ImportProblems,
    private readonly type: T,
  ) {
    super(kpi, problems);
  }

  header(record: readonly string[]): void {
    const answers = KPI_RESPONSE_COLUMNS[this.type];
    // Exports carry more (respondent ids, timestamps, comments): other columns are ignored.
    this.plan(record, answers, [], false, `${KPI_DEFINITIONS[this.type].abbreviation} responses go in ${answers.join(' and ')}; for already computed values import with kind=aggregates`);
  }

  row(record: readonly string[], line: number): void {
    const period = this.period(record, line);
    let answer: KpiResponseAnswer[T];
    try {
      const fields: Record<string, string> = {};
      for (const column of KPI_RESPONSE_COLUMNS[this.type]) fields[column] = this.field(record, column);
      answer = parseKpiResponse(this.type, this.kpi.scale, fields);
    } catch (error) {
      this.rejectInput(line, error);
      return;
    }
    if (period === null) return;
    const group = this.periods.get(period.key);
    if (group) group.entry.push(answer);
    else this.periods.set(period.key, { periodStart: period.periodStart, periodEnd: period.periodEnd, line, entry: [answer] });
  }

  finish(): ImportedPeriod[] {
    const periods: ImportedPeriod[] = [];
    for (const { periodStart, periodEnd, line, entry } of this.periods.values()) {
      try {
        const computed = measurementFromResponses(this.type, this.kpi.scale, entry);
        if (computed.sampleSize > MAX_SAMPLE_SIZE) {
          this.problems.add({ line, column: null, code: 'MEASUREMENT_SAMPLE_TOO_LARGE', reason: `The period ${periodStart} to ${periodEnd} (first on this line) counts more than ${MAX_SAMPLE_SIZE}; split it` });
          continue;
        }
        periods.push({ periodStart, periodEnd, line, value: computed.value, sampleSize: computed.sampleSize, source: 'computed', inputs: computed.inputs });
      } catch (error) {
        if (!(error instanceof DomainInputError)) throw error;
        this.problems.add({
          line,
          column: null,
          code: error.code === 'EMPTY_INPUT' ? 'MEASUREMENT_EMPTY_PERIOD' : lineCode(error, error.field),
          reason: `The period ${periodStart} to ${periodEnd} (first on this line) has no value: ${error.message.replace(/^[^:]*: /, '')}`,
        });
      }
    }
    return periods;
  }
}
