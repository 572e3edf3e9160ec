import { Tooltip } from '@mantine/core';
import { LOW_SAMPLE_SIZE } from '@outcome-atlas/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { TOOLTIP_EVENTS } from '../../../components/outcome-badges';

type LowSampleWarningProps = { nImportance: number; nSatisfaction: number };

/** Marks a score computed from fewer than 30 answers; focusable, so keyboard users get the explanation too. */
export function LowSampleWarning({ nImportance, nSatisfaction }: LowSampleWarningProps) {
  const explanation = `Low sample: fewer than ${LOW_SAMPLE_SIZE} answers (${nImportance} on importance, ${nSatisfaction} on satisfaction). Read the score as a hint, not a finding.`;
  return (
    <Tooltip label={explanation} multiline w={260} events={TOOLTIP_EVENTS}>
      <span role="img" aria-label={explanation} tabIndex={0} style={{ display: 'inline-flex', color: 'var(--mantine-color-orange-7)' }}>
        <IconAlertTriangle size={16} aria-hidden />
      </span>
    </Tooltip>
  );
}
