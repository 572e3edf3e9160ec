import type { InterviewDetail } from '@outcome-atlas/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { type EvidenceFocus, InterviewReader } from './interview-reader';

const transcript = 'Interviewer asks. It takes me two days to match invoices. I worry about late fees.';
const interview: InterviewDetail = {
  id: '00000002-0000-4000-8000-000000000001',
  projectId: '00000009-0000-4000-8000-000000000001',
  title: 'Ana',
  format: 'txt',
  participant: { pseudonym: '', personaId: null, attributes: {} },
  interviewer: '',
  interviewDate: null,
  language: 'en',
  utteranceCount: 0,
  wordCount: 15,
  highlightCount: 0,
  createdAt: '2026-10-02T09:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
  transcript,
  utterances: [],
  highlights: [],
};

const worry = { start: transcript.indexOf('I worry'), end: transcript.length };

/** The route's part: a panel button that asks the reader to show an outcome's evidence. */
function ReaderWithPanel() {
  const [evidence, setEvidence] = useState<EvidenceFocus | null>(null);
  return (
    <InterviewReader
      interview={interview}
      availableTags={[]}
      canWrite={false}
      focusHighlightId={null}
      evidence={evidence}
      extraTabs={[
        {
          value: 'outcomes',
          label: 'Outcomes',
          content: (
            <button type="button" onClick={() => setEvidence((previous) => ({ spans: [worry], label: 'Evidence for O-1', requestId: (previous?.requestId ?? 0) + 1 }))}>
              Show O-1
            </button>
          ),
        },
      ]}
    />
  );
}

describe('InterviewReader evidence and side panel tabs', () => {
  it('marks the evidence and scrolls to it on every request', async () => {
    const scrolled: Element[] = [];
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function record(this: HTMLElement) {
      scrolled.push(this);
    });
    renderWithProviders(<ReaderWithPanel />);

    expect(screen.getByRole('tab', { name: 'Highlights' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('tab', { name: 'Outcomes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Show O-1' }));

    const mark = screen.getByTitle('Evidence for O-1');
    expect(mark).toHaveTextContent('I worry about late fees.');
    expect(scrolled).toEqual([mark]);

    await userEvent.click(screen.getByRole('button', { name: 'Show O-1' }));
    expect(scrolled).toHaveLength(2);
  });
});
