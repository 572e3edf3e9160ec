import { type RefObject, useEffect, useEffectEvent } from 'react';
import { selectionToRange, type TextRange, trimRange } from '../utils/selection-offsets';

export type PendingSelection = {
  range: TextRange;
  /** Where to place the composer, relative to the transcript's positioned wrapper. */
  position: { top: number; left: number };
};

const SETTLE_MS = 120;

/**
 * Watches the document selection (mouse drag, keyboard or programmatic) and reports a settled,
 * non-empty selection inside `rootRef` as a transcript range. Selections elsewhere are ignored.
 */
export function useTranscriptSelection(
  rootRef: RefObject<HTMLElement | null>,
  wrapperRef: RefObject<HTMLElement | null>,
  transcript: string,
  onSelect: (selection: PendingSelection) => void,
  /** A new press inside the transcript: the previous pending selection is abandoned. */
  onPressInside: () => void,
) {
  const check = useEffectEvent(() => {
    const root = rootRef.current;
    const wrapper = wrapperRef.current;
    const selection = window.getSelection();
    if (!root || !wrapper || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const { anchorNode, focusNode } = selection;
    if (!anchorNode || !focusNode || !root.contains(anchorNode) || !root.contains(focusNode)) return;
    const raw = selectionToRange(root, { node: anchorNode, offset: selection.anchorOffset }, { node: focusNode, offset: selection.focusOffset });
    const range = raw ? trimRange(transcript, raw) : null;
    if (!range) return;
    const selected = selection.getRangeAt(0);
    const rect = typeof selected.getBoundingClientRect === 'function' ? selected.getBoundingClientRect() : { left: 0, bottom: 0 };
    const box = wrapper.getBoundingClientRect();
    const left = Math.max(0, Math.min(rect.left - box.left, box.width - 340));
    onSelect({ range, position: { top: rect.bottom - box.top + 8, left } });
  });

  const pressInside = useEffectEvent(onPressInside);

  useEffect(() => {
    let pointerDown = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!pointerDown) check();
      }, SETTLE_MS);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) return;
      pointerDown = true;
      pressInside();
    };
    const onPointerUp = () => {
      if (!pointerDown) return;
      pointerDown = false;
      schedule();
    };
    document.addEventListener('selectionchange', schedule);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerup', onPointerUp);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerup', onPointerUp);
    };
  }, [rootRef]);
}
