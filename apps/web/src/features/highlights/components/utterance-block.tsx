import { Group, Text } from '@mantine/core';
import { memo } from 'react';
import { formatTimestamp } from '../../../lib/format';
import type { Segment } from '../utils/transcript-segments';
import classes from './transcript.module.css';

export type HighlightStyle = { color: string; label: string };

type UtteranceBlockProps = {
  speaker: string | null;
  startMs: number | null;
  segments: Segment[];
  styleFor: (highlightIds: string[]) => HighlightStyle;
  evidenceLabel: string;
};

/** One speaker turn. Each piece of text carries data-offset so a DOM selection maps back to transcript offsets. */
export const UtteranceBlock = memo(function UtteranceBlock({ speaker, startMs, segments, styleFor, evidenceLabel }: UtteranceBlockProps) {
  return (
    <div className={classes.utterance}>
      <Group gap="xs" className={classes.speaker}>
        <Text size="sm" fw={600}>
          {speaker ?? 'Speaker'}
        </Text>
        {startMs !== null ? (
          <Text size="xs" c="dimmed" component="time">
            {formatTimestamp(startMs)}
          </Text>
        ) : null}
      </Group>
      <p className={classes.text}>
        {segments.map((segment) => {
          if (segment.highlightIds.length === 0) {
            return segment.evidence ? (
              <mark key={segment.start} data-offset={segment.start} data-evidence="" className={classes.evidence} title={evidenceLabel}>
                {segment.text}
              </mark>
            ) : (
              <span key={segment.start} data-offset={segment.start}>
                {segment.text}
              </span>
            );
          }
          const style = styleFor(segment.highlightIds);
          return (
            <mark
              key={segment.start}
              data-offset={segment.start}
              data-highlight-ids={segment.highlightIds.join(' ')}
              data-evidence={segment.evidence ? '' : undefined}
              className={segment.evidence ? `${classes.mark} ${classes.evidence}` : classes.mark}
              style={{ backgroundColor: style.color }}
              title={segment.evidence ? `${style.label} · ${evidenceLabel}` : style.label}
            >
              {segment.text}
            </mark>
          );
        })}
      </p>
    </div>
  );
});
