import type { Highlight, Utterance } from '@outcome-atlas/contracts';
import { memo, type RefObject, useCallback, useMemo } from 'react';
import { buildSegments, mergeSpans, type TextSpan } from '../utils/transcript-segments';
import classes from './transcript.module.css';
import { type HighlightStyle, UtteranceBlock } from './utterance-block';

type TranscriptViewProps = {
  rootRef: RefObject<HTMLDivElement | null>;
  transcript: string;
  utterances: Utterance[];
  highlights: Highlight[];
  /** Passages to mark as evidence (e.g. the quotes of a selected outcome), drawn apart from tag highlights. */
  evidence?: readonly TextSpan[];
  /** Tooltip of the evidence marks. */
  evidenceLabel?: string;
  onHighlightClick: (highlightId: string) => void;
};

const NO_EVIDENCE: readonly TextSpan[] = [];

const DEFAULT_MARK = 'var(--mantine-color-yellow-2)';

/** Transcript without utterances (plain text upload) still renders as one turn. */
function turnsOf(transcript: string, utterances: Utterance[]): Utterance[] {
  if (utterances.length > 0) return utterances;
  return [{ speaker: null, start: 0, end: transcript.length, startMs: null, endMs: null }];
}

/** Memoised: opening the highlight composer must not re-render thousands of words. */
export const TranscriptView = memo(function TranscriptView({
  rootRef,
  transcript,
  utterances,
  highlights,
  evidence = NO_EVIDENCE,
  evidenceLabel = 'Evidence',
  onHighlightClick,
}: TranscriptViewProps) {
  const turns = useMemo(() => turnsOf(transcript, utterances), [transcript, utterances]);
  const evidenceSpans = useMemo(() => mergeSpans(evidence), [evidence]);
  const segmentsByTurn = useMemo(
    () => turns.map((turn) => buildSegments(transcript, turn.start, turn.end, highlights, evidenceSpans)),
    [turns, transcript, highlights, evidenceSpans],
  );
  const byId = useMemo(() => new Map(highlights.map((highlight) => [highlight.id, highlight])), [highlights]);

  const styleFor = useCallback(
    (highlightIds: string[]): HighlightStyle => {
      const covering = highlightIds.map((id) => byId.get(id)).filter((highlight) => highlight !== undefined);
      const innermost = covering[covering.length - 1];
      const color = innermost?.tags[0]?.color;
      const names = [...new Set(covering.flatMap((highlight) => highlight.tags.map((tag) => tag.name)))];
      return {
        color: color ? `color-mix(in srgb, ${color} ${covering.length > 1 ? 45 : 28}%, transparent)` : DEFAULT_MARK,
        label: names.length > 0 ? `Tagged: ${names.join(', ')}` : 'Highlight',
      };
    },
    [byId],
  );

  return (
    <div
      ref={rootRef}
      className={classes.transcript}
      tabIndex={0}
      role="region"
      aria-label="Transcript"
      onClick={(event) => {
        const mark = (event.target as Element).closest('mark[data-highlight-ids]');
        const ids = mark?.getAttribute('data-highlight-ids')?.split(' ') ?? [];
        const last = ids[ids.length - 1];
        if (last && window.getSelection()?.isCollapsed !== false) onHighlightClick(last);
      }}
    >
      {turns.map((turn, index) => (
        <UtteranceBlock
          key={`${turn.start}-${index}`}
          speaker={turn.speaker}
          startMs={turn.startMs}
          segments={segmentsByTurn[index] ?? []}
          styleFor={styleFor}
          evidenceLabel={evidenceLabel}
        />
      ))}
    </div>
  );
});
