import { isComputableKpiType, KPI_RESPONSE_COLUMNS, type KpiType } from '@outcome-atlas/domain';

export type ImportKind = 'aggregates' | 'responses';

export type CsvColumn = { name: string; required: boolean; description: string };

const PERIOD_COLUMNS: CsvColumn[] = [
  { name: 'period_start', required: true, description: 'First day of the period, YYYY-MM-DD.' },
  { name: 'period_end', required: true, description: 'Last day of the period, YYYY-MM-DD (on or after the start).' },
];

/** The KPI as the import needs it: its type, unit and answer scale. */
export type ImportableKpi = { type: KpiType; unit: string; scale: number | null };

/** What goes in each raw-response column (the column names themselves come from the domain). */
function responseDescription(kpi: ImportableKpi, column: string): string {
  const unit = kpi.unit.trim();
  switch (column) {
    case 'score':
      if (kpi.type === 'nps') return 'One answer per line, a whole number 0–10.';
      return `One answer per line, a whole number ${kpi.scale ? `1–${kpi.scale}` : 'on the answer scale'}${kpi.type === 'ces' ? ' (lower is easier)' : ''}.`;
    case 'completed':
      return 'One attempt per line: true or false (1/0 and yes/no work too).';
    case 'duration':
      return `One customer per line: time to first value${unit ? ` in ${unit}` : ''}; leave it empty when they have not reached value yet.`;
    case 'active':
      return 'Customers who use it (summed per period).';
    case 'eligible':
      return 'Customers who could use it (summed per period).';
    default:
      return '';
  }
}

/** Raw answers the server can compute a value from; CLV and custom KPIs take aggregates only. */
function responseColumns(kpi: ImportableKpi): CsvColumn[] | null {
  if (!isComputableKpiType(kpi.type)) return null;
  return KPI_RESPONSE_COLUMNS[kpi.type].map((name) => ({ name, required: true, description: responseDescription(kpi, name) }));
}

/** Whether raw responses can be imported for this KPI type. */
export const acceptsResponses = (kpi: ImportableKpi) => responseColumns(kpi) !== null;

/** The columns the server expects in a CSV of this kind for this KPI, in order. */
export function expectedColumns(kpi: ImportableKpi, kind: ImportKind): CsvColumn[] {
  if (kind === 'aggregates') {
    return [
      ...PERIOD_COLUMNS,
      { name: 'value', required: true, description: 'The KPI value for the period, in its unit.' },
      { name: 'sample_size', required: false, description: 'Optional: how many answers or customers the value rests on.' },
    ];
  }
  const columns = responseColumns(kpi);
  return columns ? [...PERIOD_COLUMNS, ...columns] : [];
}

/** The header line to put at the top of the file, e.g. `period_start,period_end,value[,sample_size]`. */
export function headerLine(kpi: ImportableKpi, kind: ImportKind): string {
  const columns = expectedColumns(kpi, kind);
  const required = columns.filter((column) => column.required).map((column) => column.name);
  const optional = columns.filter((column) => !column.required).map((column) => `[,${column.name}]`);
  return `${required.join(',')}${optional.join('')}`;
}

const EXAMPLE_VALUES: Record<KpiType, string> = { nps: '32', csat: '81.5', ces: '3.4', tcr: '92', ttv: '12', adoption: '35', clv: '1200', custom: '7' };

const EXAMPLE_ANSWERS: Record<KpiType, string[]> = {
  nps: ['10', '6'],
  csat: ['5', '3'],
  ces: ['2', '5'],
  tcr: ['true', 'false'],
  ttv: ['12', ''],
  adoption: ['40,120', '35,100'],
  clv: [],
  custom: [],
};

/** The header and two example lines, so the format is unmistakable; empty when the kind does not apply. */
export function exampleCsv(kpi: ImportableKpi, kind: ImportKind): string {
  const columns = expectedColumns(kpi, kind);
  if (columns.length === 0) return '';
  const header = columns.map((column) => column.name).join(',');
  const period = ['2026-10-01,2026-10-31', '2026-11-01,2026-11-30'];
  const rows =
    kind === 'aggregates'
      ? period.map((dates, index) => `${dates},${EXAMPLE_VALUES[kpi.type]},${240 + index * 10}`)
      : EXAMPLE_ANSWERS[kpi.type].map((answer) => `${period[0]},${answer}`);
  return [header, ...rows].join('\n');
}
