import { KPI_LEVEL_NAMES, KPI_STATUSES } from '@outcome-atlas/contracts';
import { KPI_DEFINITIONS, KPI_TYPES, type KpiLevel } from '@outcome-atlas/domain';
import { KPI_STATUS_STYLES } from '../../../components/kpi-status-badge';

export const LEVEL_LABELS: Record<KpiLevel, string> = { relationship: 'Relationship', journey: 'Journey', touchpoint: 'Touchpoint' };

/** What each level measures (DOMAIN.md): WHO, WHAT, HOW. */
export const LEVEL_HINTS: Record<KpiLevel, string> = {
  relationship: 'the customer over the whole relationship (WHO)',
  journey: 'a path through the lifecycle (WHAT)',
  touchpoint: 'one interaction on a channel (HOW)',
};

export const TYPE_OPTIONS = KPI_TYPES.map((type) => ({ value: type, label: `${KPI_DEFINITIONS[type].abbreviation} · ${KPI_DEFINITIONS[type].name}` }));
export const LEVEL_OPTIONS = KPI_LEVEL_NAMES.map((level) => ({ value: level, label: LEVEL_LABELS[level] }));
export const STATUS_OPTIONS = KPI_STATUSES.map((status) => ({ value: status, label: KPI_STATUS_STYLES[status].label }));
