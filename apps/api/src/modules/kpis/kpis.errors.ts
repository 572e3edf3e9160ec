import type { ImportRejectionDetails } from '@outcome-atlas/contracts';
import { describeKpiRange, KPI_DEFINITIONS, type KpiScaleCheck, type KpiType, type KpiValueRange } from '@outcome-atlas/domain';
import { AppError, conflict, unprocessable } from '../../common/app-error.js';

const name = (type: KpiType) => KPI_DEFINITIONS[type].abbreviation;

export const kpiDirectionFixed = (type: KpiType, higherIsBetter: boolean) =>
  unprocessable(
    'KPI_DIRECTION_FIXED',
    `${name(type)} ${higherIsBetter ? 'improves when it rises' : 'improves when it falls'}: higherIsBetter is ${higherIsBetter} for every ${name(type)} KPI; leave it out or define a custom KPI`,
    { higherIsBetter },
  );

export const kpiUnitFixed = (type: KpiType, unit: string) =>
  unprocessable('KPI_UNIT_FIXED', `${name(type)} is always reported in ${unit}; leave unit out or define a custom KPI`, { unit });

export const kpiCustomIncomplete = (missing: string[]) =>
  unprocessable('KPI_CUSTOM_INCOMPLETE', `A custom KPI needs its ${missing.join(', ')}: nothing in the method fixes them`, { missing });

const SCALE_CODES = { required: 'KPI_SCALE_REQUIRED', 'not-applicable': 'KPI_SCALE_NOT_APPLICABLE', invalid: 'KPI_SCALE_INVALID' } as const;
export const kpiScaleRefused = (check: Extract<KpiScaleCheck, { ok: false }>) => unprocessable(SCALE_CODES[check.problem], check.message);

export const kpiScaleLocked = (count: number) =>
  unprocessable(
    'KPI_SCALE_LOCKED',
    `The KPI already has ${count} measurement${count === 1 ? '' : 's'} on its current scale; values on different scales cannot be compared, so define a new KPI for the new scale`,
    { measurementCount: count },
  );

/** "NPS values must be from -100 to 100, got 120". */
const outOfRange = (type: KpiType, range: KpiValueRange, value: number) => `${name(type)} values must be ${describeKpiRange(range)}, got ${value}`;

export const kpiTargetOutOfRange = (type: KpiType, range: KpiValueRange, target: number) =>
  unprocessable('KPI_TARGET_OUT_OF_RANGE', `The target is out of range: ${outOfRange(type, range, target)}`, range);

export const kpiAttachmentInvalid = (message: string) => unprocessable('KPI_ATTACHMENT_INVALID', message);

export const kpiAttachmentNotInProject = (kind: string) =>
  unprocessable('KPI_ATTACHMENT_NOT_IN_PROJECT', `The ${kind} belongs to another project; attach the KPI to a journey, stage or touchpoint of its own project`);

export const outcomesNotInProject = (outcomeIds: string[]) =>
  unprocessable('OUTCOME_NOT_IN_PROJECT', `${outcomeIds.length} of the outcomes ${outcomeIds.length === 1 ? 'is' : 'are'} not in this project; nothing was changed`, { outcomeIds });

export const measurementEmptyPeriod = (periodStart: string, periodEnd: string) =>
  unprocessable('MEASUREMENT_EMPTY_PERIOD', `The period ends (${periodEnd}) before it starts (${periodStart})`);

export const measurementOutOfRange = (type: KpiType, range: KpiValueRange, value: number) =>
  unprocessable('MEASUREMENT_OUT_OF_RANGE', `The value is out of range: ${outOfRange(type, range, value)}`, range);

export const measurementNegativeCount = (sampleSize: number) =>
  unprocessable('MEASUREMENT_NEGATIVE_COUNT', `The sample size counts respondents or attempts: 0 or more, got ${sampleSize}`);

export const measurementSampleTooLarge = (max: number) => unprocessable('MEASUREMENT_SAMPLE_TOO_LARGE', `The sample size can be at most ${max}`, { max });

export const kpiNotComputable = (type: KpiType) =>
  unprocessable(
    'KPI_NOT_COMPUTABLE',
    `${name(type)} cannot be computed from raw responses here; import aggregates instead (kind=aggregates: period_start, period_end, value[, sample_size])`,
  );

export const kpiImportRejected = (details: ImportRejectionDetails) =>
  unprocessable(
    'KPI_IMPORT_REJECTED',
    `${details.rejectedCount} problem${details.rejectedCount === 1 ? '' : 's'} in the file (first on line ${details.rejected[0]?.line ?? 1}); nothing was imported`,
    details,
  );

export const kpiImportTooLarge = (maxBytes: number) =>
  new AppError(413, 'KPI_IMPORT_TOO_LARGE', `The file is larger than ${maxBytes} bytes; split it by period and import the parts`, { maxBytes });

export const kpiImportTooManyRows = (maxRows: number) =>
  unprocessable('KPI_IMPORT_TOO_MANY_ROWS', `The file has more than ${maxRows} data lines; split it by period and import the parts; nothing was imported`, { maxRows });

export const kpiChangedDuringImport = () =>
  conflict('KPI_CHANGED', 'The KPI\'s scale changed while the file was read; nothing was imported, import the file again');
