import type { Highlight, Utterance } from '@outcome-atlas/contracts';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { TranscriptView } from './transcript-view';

const transcript = 'It takes me <b>two days</b> to match invoices. I worry about late fees.';
const secondTurn = transcript.indexOf('I worry');
const utterances: Utterance[] = [
  { speaker: 'Ana', start: 0, end: secondTurn - 1, startMs: null, endMs: null },
  { speaker: 'Ana', start: secondTurn, end: transcript.length, startMs: null, endMs: null },
];
/** [start, end) of `text` in the transcript. */
const spanOf = (text: string, endText = text) => ({ start: transcript.indexOf(text), end: transcript.indexOf(endText) + endText.length });
const highlight: Highlight = {
  id: '00000001-0000-4000-8000-000000000001',
  interviewId: '00000002-0000-4000-8000-000000000001',
  start: 0,
  end: 8,
  quote: 'It takes',
  note: '',
  tags: [{ id: '00000003-0000-4000-8000-000000000001', name: 'time cost', color: '#1c7ed6' }],
  createdBy: null,
  createdAt: '2026-10-02T09:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
};

function renderTranscript(evidence: { start: number; end: number }[]) {
  const rootRef = createRef<HTMLDivElement>();
  const view = renderWithProviders(
    <TranscriptView rootRef={rootRef} transcript={transcript} utterances={utterances} highlights={[highlight]} evidence={evidence} evidenceLabel="Evidence for O-3" onHighlightClick={vi.fn()} />,
  );
  return view.container;
}

describe('TranscriptView evidence', () => {
  it('marks evidence apart from tag highlights, merging overlapping quotes and keeping offsets', () => {
    const container = renderTranscript([spanOf('takes', '<b>two'), spanOf('<b>two', 'invoices'), spanOf('worry', 'fees.')]);

    const marks = Array.from(container.querySelectorAll('mark[data-evidence]'));
    expect(marks.map((mark) => mark.textContent)).toEqual(['takes', ' me <b>two days</b> to match invoices', 'worry about late fees.']);
    // Where evidence and a tag highlight overlap, one mark carries both.
    expect(marks[0]).toHaveAttribute('data-highlight-ids', highlight.id);
    expect(marks[0]).toHaveAttribute('title', 'Tagged: time cost · Evidence for O-3');
    expect(marks[1]).not.toHaveAttribute('data-highlight-ids');
    expect(marks[1]).toHaveAttribute('title', 'Evidence for O-3');
    expect(marks[1]).toHaveAttribute('data-offset', String(highlight.end));
    // Text, never markup.
    expect(container.querySelector('b')).toBeNull();
  });

  it('renders no evidence marks without evidence', () => {
    const container = renderTranscript([]);
    expect(container.querySelectorAll('mark[data-evidence]')).toHaveLength(0);
    expect(container.querySelectorAll('mark[data-highlight-ids]')).toHaveLength(1);
  });
});
