import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Text } from '@mantine/core';
import type { AtlasStage } from '@outcome-atlas/contracts';
import { defaultRangeExtractor, measureElement, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type FocusEvent, memo, useCallback, useMemo, useRef } from 'react';
import { type AtlasActions, touchpointDndId } from '../hooks/atlas-actions';
import classes from './atlas.module.css';
import { SortableTouchpoint } from './sortable-touchpoint';

/** Columns this long render only the cards near their scroll position; shorter ones render every card. */
export const VIRTUALIZE_ABOVE = 30;
const CARD_ESTIMATE = 150;
const OVERSCAN = 4;

export type TouchpointListProps = {
  stage: AtlasStage;
  stageIndex: number;
  stageCount: number;
  projectId: string;
  journeyId: string;
  canWrite: boolean;
  actions: AtlasActions;
};

/** The cards of one stage, in a scrolling list; a sortable context for dragging within and into it. */
export const TouchpointList = memo(function TouchpointList(props: TouchpointListProps) {
  const { stage } = props;
  const ids = useMemo(() => stage.touchpoints.map((touchpoint) => touchpointDndId(touchpoint.id)), [stage.touchpoints]);
  return (
    <SortableContext items={ids} strategy={verticalListSortingStrategy}>
      {stage.touchpoints.length > VIRTUALIZE_ABOVE ? <VirtualTouchpointList {...props} /> : <PlainTouchpointList {...props} />}
    </SortableContext>
  );
});

function cardProps({ stage, stageIndex, stageCount, projectId, journeyId, canWrite, actions }: TouchpointListProps, index: number) {
  return {
    stageId: stage.id,
    index,
    count: stage.touchpoints.length,
    hasPreviousStage: stageIndex > 0,
    hasNextStage: stageIndex < stageCount - 1,
    projectId,
    journeyId,
    canWrite,
    actions,
  };
}

function PlainTouchpointList(props: TouchpointListProps) {
  const { stage } = props;
  return (
    <div className={classes.cards} data-touchpoint-scroller>
      {stage.touchpoints.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          No touchpoints yet
        </Text>
      ) : (
        <div role="list" aria-label={`Touchpoints of ${stage.name}`}>
          {stage.touchpoints.map((touchpoint, index) => (
            <div role="listitem" key={touchpoint.id} className={classes.cardSlot}>
              <SortableTouchpoint touchpoint={touchpoint} {...cardProps(props, index)} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * A long column: only the cards in and near view are in the DOM (20 stages × 200 touchpoints stay a few
 * hundred cards). Cards are measured after render, so they may have any height; the card holding keyboard
 * focus stays rendered while it scrolls out of view, so focus never falls back to the page.
 */
function VirtualTouchpointList(props: TouchpointListProps) {
  const { stage } = props;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const focusedIndex = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedIndex.current;
    if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count: stage.touchpoints.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ESTIMATE,
    getItemKey: (index) => stage.touchpoints[index]?.id ?? index,
    // A card not laid out yet (a hidden tab) measures 0; keep the estimate rather than collapse the list.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || CARD_ESTIMATE,
    overscan: OVERSCAN,
    rangeExtractor,
  });

  const focusHandlers = {
    onFocus: (event: FocusEvent<HTMLElement>) => {
      const slot = event.target.closest('[data-index]');
      focusedIndex.current = slot ? Number(slot.getAttribute('data-index')) : null;
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) focusedIndex.current = null;
    },
  };

  return (
    <div ref={scrollRef} className={classes.cards} data-touchpoint-scroller {...focusHandlers}>
      <div role="list" aria-label={`Touchpoints of ${stage.name}`} style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const touchpoint = stage.touchpoints[item.index];
          if (!touchpoint) return null;
          return (
            <div
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={stage.touchpoints.length}
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={classes.cardSlot}
              style={{ position: 'absolute', top: item.start, left: 0, right: 0 }}
            >
              <SortableTouchpoint touchpoint={touchpoint} {...cardProps(props, item.index)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
