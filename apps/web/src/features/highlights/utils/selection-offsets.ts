/** Attribute on every rendered transcript piece: the offset of its first character in the transcript. */
export const OFFSET_ATTRIBUTE = 'data-offset';

export type DomPoint = { node: Node; offset: number };
export type TextRange = { start: number; end: number };

function segmentsOf(root: Element): Element[] {
  return Array.from(root.querySelectorAll(`[${OFFSET_ATTRIBUTE}]`));
}

function segmentStart(segment: Element): number {
  return Number(segment.getAttribute(OFFSET_ATTRIBUTE));
}

function closestSegment(node: Node, root: Element): Element | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const segment = element?.closest(`[${OFFSET_ATTRIBUTE}]`) ?? null;
  return segment && root.contains(segment) ? segment : null;
}

/** Characters of text between the start of `container` and the point. */
function textLengthBefore(container: Node, point: DomPoint): number {
  const range = container.ownerDocument?.createRange() ?? document.createRange();
  range.setStart(container, 0);
  range.setEnd(point.node, point.offset);
  return range.toString().length;
}

/** -1 if a is before b in the document, 0 if equal, 1 if after. */
function comparePoints(a: DomPoint, b: DomPoint): number {
  const range = (a.node.ownerDocument ?? document).createRange();
  range.setStart(a.node, a.offset);
  range.collapse(true);
  return -range.comparePoint(b.node, b.offset);
}

/**
 * Maps a DOM point (a Selection's anchor or focus) to an offset in the transcript text.
 * Inside a rendered piece it counts characters from the piece's `data-offset`; elsewhere
 * (speaker labels, gaps between turns) it snaps to the next piece's start (`start` side)
 * or the previous piece's end (`end` side).
 */
export function pointToOffset(root: Element, point: DomPoint, side: 'start' | 'end'): number | null {
  if (!root.contains(point.node)) return null;
  const segment = closestSegment(point.node, root);
  if (segment) return segmentStart(segment) + textLengthBefore(segment, point);

  const segments = segmentsOf(root);
  // First piece that begins after the point (pieces are in document order, so binary search).
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const candidate = segments[middle] as Element;
    if (comparePoints(point, { node: candidate, offset: 0 }) < 0) high = middle;
    else low = middle + 1;
  }
  const next = segments[low];
  const previous = segments[low - 1];
  const endOf = (element: Element) => segmentStart(element) + (element.textContent ?? '').length;
  if (side === 'end' && previous) return endOf(previous);
  if (next) return segmentStart(next);
  return previous ? endOf(previous) : null;
}

/** The transcript range between a selection's anchor and focus, in either direction; null if empty or outside. */
export function selectionToRange(root: Element, anchor: DomPoint, focus: DomPoint): TextRange | null {
  const [first, second] = comparePoints(anchor, focus) <= 0 ? [anchor, focus] : [focus, anchor];
  const start = pointToOffset(root, first, 'start');
  const end = pointToOffset(root, second, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** Drops leading and trailing whitespace from a range; null if nothing but whitespace is left. */
export function trimRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end > start ? { start, end } : null;
}
