import {
  type CreateKpiRequest,
  createKpiRequestSchema,
  type Kpi,
  kpiAttachmentKindSchema,
  kpiLevelSchema,
  kpiTypeSchema,
  type UpdateKpiRequest,
} from '@outcome-atlas/contracts';
import { checkKpiScale, DEFAULT_CSAT_SCALE, isKpiUnitFixed, isWithinKpiRange, KPI_DEFINITIONS, type KpiType } from '@outcome-atlas/domain';
import { z } from 'zod';
import type { CodeRule } from '../../../lib/form-errors';
import { describeRange, valueRange } from './value-range';

/** The KPI form's fields: the request's, with the attachment split into one picker per level. */
export const kpiFormSchema = z
  .object({
    name: createKpiRequestSchema.shape.name,
    type: kpiTypeSchema,
    scale: z.number().int().nullable(),
    level: kpiLevelSchema.nullable(),
    unit: z.string().max(40, 'At most 40 characters'),
    higherIsBetter: z.boolean().nullable(),
    target: z.number().nullable(),
    description: z.string().max(2000, 'At most 2,000 characters'),
    attachKind: kpiAttachmentKindSchema,
    journeyId: z.string().nullable(),
    stageId: z.string().nullable(),
    touchpointId: z.string().nullable(),
    outcomeIds: z.array(z.string()).max(500, 'At most 500 outcomes'),
  })
  .superRefine((values, context) => {
    const issue = (path: keyof KpiFormValues, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    // The rules are the domain's (as the API applies them); the words are the form's.
    const scale = checkKpiScale(values.type, values.scale);
    if (hasScale(values.type) && !scale.ok) issue('scale', values.type === 'ces' ? 'Choose the answer scale: 1–5 or 1–7' : 'Choose an answer scale from 1–4 to 1–10');
    if (values.target !== null) {
      const range = valueRange({ type: values.type, unit: values.unit, scale: values.scale });
      if (!isWithinKpiRange(values.target, range)) issue('target', `The target of this KPI must be ${describeRange(range, { type: values.type, unit: values.unit, scale: values.scale }) ?? 'a finite number'}`);
    }
    if (values.type === 'custom') {
      if (values.level === null) issue('level', 'Choose the level this KPI is measured on');
      if (values.unit.trim() === '') issue('unit', 'Name the unit, e.g. invoices or minutes');
      if (values.higherIsBetter === null) issue('higherIsBetter', 'Say whether a higher value is better');
    }
    if (values.attachKind === 'journey' && values.journeyId === null) issue('journeyId', 'Choose the journey');
    if (values.attachKind === 'stage' && values.stageId === null) issue(values.journeyId === null ? 'journeyId' : 'stageId', values.journeyId === null ? 'Choose the journey first' : 'Choose the stage');
    if (values.attachKind === 'touchpoint' && values.touchpointId === null)
      issue(values.journeyId === null ? 'journeyId' : 'touchpointId', values.journeyId === null ? 'Choose the journey first' : 'Choose the touchpoint');
  });

export type KpiFormValues = z.infer<typeof kpiFormSchema>;
export type KpiFormField = keyof KpiFormValues;

/** Types that take an answer scale: CSAT (4–10, default 5) and CES (5 or 7, no default: the two are not comparable). */
export const hasScale = (type: KpiType) => type === 'csat' || type === 'ces';
/** Level, unit and direction are the user's only for custom KPIs; TTV and CLV still name their time unit or currency. */
export const isCustom = (type: KpiType) => type === 'custom';
export const hasOwnUnit = (type: KpiType) => !isKpiUnitFixed(type);

export const defaultScale = (type: KpiType): number | null => (type === 'csat' ? DEFAULT_CSAT_SCALE : null);

export function emptyKpiForm(): KpiFormValues {
  return {
    name: '',
    type: 'nps',
    scale: null,
    level: null,
    unit: '',
    higherIsBetter: null,
    target: null,
    description: '',
    attachKind: 'project',
    journeyId: null,
    stageId: null,
    touchpointId: null,
    outcomeIds: [],
  };
}

/** The form filled with a KPI being edited. */
export function kpiFormValues(kpi: Kpi): KpiFormValues {
  const { attachment } = kpi;
  return {
    name: kpi.name,
    type: kpi.type,
    scale: kpi.scale,
    level: kpi.level,
    unit: kpi.unit,
    higherIsBetter: kpi.higherIsBetter,
    target: kpi.target,
    description: kpi.description,
    attachKind: attachment.kind,
    journeyId: attachment.journeyId,
    stageId: attachment.kind === 'stage' ? attachment.id : null,
    touchpointId: attachment.kind === 'touchpoint' ? attachment.id : null,
    outcomeIds: kpi.outcomeIds,
  };
}

function attachTo(values: KpiFormValues): { kind: KpiFormValues['attachKind']; id: string | null } {
  switch (values.attachKind) {
    case 'project':
      return { kind: 'project', id: null };
    case 'journey':
      return { kind: 'journey', id: values.journeyId };
    case 'stage':
      return { kind: 'stage', id: values.stageId };
    case 'touchpoint':
      return { kind: 'touchpoint', id: values.touchpointId };
  }
}

/** What only some types send: level and direction for custom KPIs, a unit where the user names one, a scale for CSAT/CES. */
function typeSpecific(values: KpiFormValues) {
  const unit = values.unit.trim();
  return {
    ...(isCustom(values.type) ? { level: values.level ?? undefined, higherIsBetter: values.higherIsBetter ?? undefined } : {}),
    ...(hasOwnUnit(values.type) && unit !== '' ? { unit } : {}),
    ...(hasScale(values.type) ? { scale: values.scale } : {}),
  };
}

export function toCreateKpiRequest(values: KpiFormValues): CreateKpiRequest {
  return {
    name: values.name.trim(),
    type: values.type,
    ...typeSpecific(values),
    target: values.target,
    description: values.description,
    attachTo: attachTo(values),
    outcomeIds: values.outcomeIds,
  };
}

/** The type cannot change after creation; everything else is sent whole. */
export function toUpdateKpiRequest(values: KpiFormValues): UpdateKpiRequest {
  const { level, higherIsBetter, ...rest } = typeSpecific(values);
  return {
    name: values.name.trim(),
    ...rest,
    ...(level ? { level } : {}),
    ...(higherIsBetter === undefined ? {} : { higherIsBetter }),
    target: values.target,
    description: values.description,
    attachTo: attachTo(values),
    outcomeIds: values.outcomeIds,
  };
}

/** The definition shown as help under the type: its name and formula. */
export function definitionHelp(type: KpiType): string {
  const definition = KPI_DEFINITIONS[type];
  return definition.formula ? `${definition.name}: ${definition.formula}.` : 'A KPI your team defines: choose its level, unit and which direction is better.';
}

const ATTACHMENT_FIELD: Record<KpiFormValues['attachKind'], KpiFormField> = { project: 'attachKind', journey: 'journeyId', stage: 'stageId', touchpoint: 'touchpointId' };

/** Coded 422s of the KPI endpoints and the field each is about; an attachment problem lands on the picker in use. */
export function kpiErrorRules(values: KpiFormValues): readonly CodeRule<KpiFormField>[] {
  return [
    [/SCALE/, 'scale'],
    [/LEVEL/, 'level'],
    [/UNIT/, 'unit'],
    [/DIRECTION|HIGHER_IS_BETTER/, 'higherIsBetter'],
    [/TARGET/, 'target'],
    [/TOUCHPOINT|STAGE|JOURNEY|ATTACH/, ATTACHMENT_FIELD[values.attachKind]],
    [/OUTCOME/, 'outcomeIds'],
    [/NAME/, 'name'],
  ];
}
