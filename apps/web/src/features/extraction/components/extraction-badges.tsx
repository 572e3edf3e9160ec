import { Badge, Tooltip } from '@mantine/core';
import type { ExtractionJobStatus, ExtractionProvider } from '@outcome-atlas/contracts';
import { IconCpu, IconListSearch } from '@tabler/icons-react';
import { OFFLINE_EXPLANATION } from '../../../components/outcome-badges';
import { providerLabel, STATUS_COLORS, STATUS_LABELS } from '../utils/job-progress';

export function JobStatusBadge({ status }: { status: ExtractionJobStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant={status === 'running' ? 'filled' : 'light'} size="sm">
      {STATUS_LABELS[status]}
    </Badge>
  );
}

/** Offline results are labelled as suggestions, so nobody mistakes them for a model's output. */
export function ProviderBadge({ provider, model }: { provider: ExtractionProvider; model: string }) {
  if (provider === 'offline') {
    return (
      <Tooltip label={OFFLINE_EXPLANATION} multiline w={280} events={{ hover: true, focus: true, touch: true }}>
        <Badge color="grape" variant="light" size="sm" tt="none" tabIndex={0} leftSection={<IconListSearch size={12} aria-hidden />}>
          {providerLabel(provider, model)}
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Badge color="indigo" variant="light" size="sm" tt="none" leftSection={<IconCpu size={12} aria-hidden />}>
      {providerLabel(provider, model)}
    </Badge>
  );
}
