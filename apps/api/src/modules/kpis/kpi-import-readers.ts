import type { ImportMeasurementsQuery } from '@outcome-atlas/contracts';
import { isComputableKpiType } from '@outcome-atlas/domain';
import { AggregateRows } from './kpi-import-aggregates.js';
import type { ImportProblems, MeasurementCsvReader } from './kpi-import-lines.js';
import { ResponseRows } from './kpi-import-responses.js';
import type { MeasuredKpi } from './kpi-measurement-writes.sql.js';
import { kpiNotComputable } from './kpis.errors.js';

/** The reader for an import of `kind` into `kpi`; responses only for the types computed from them (KPI_NOT_COMPUTABLE otherwise). */
export function measurementReader(kind: ImportMeasurementsQuery['kind'], kpi: MeasuredKpi, problems: ImportProblems): MeasurementCsvReader {
  if (kind === 'aggregates') return new AggregateRows(kpi, problems);
  if (!isComputableKpiType(kpi.type)) throw kpiNotComputable(kpi.type);
  return new ResponseRows(kpi, problems, kpi.type);
}
