import type { TagBoardItem } from '@outcome-atlas/contracts';
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { boardRows, groupByInterview, TagBoard } from './tag-board';

const tagId = '6f1c2a52-4d1e-4f7a-9a53-0b6a7c1f2e10';
const uuid = (kind: number, index: number) => `0000000${kind}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

/** `count` quotes, `perInterview` from each interview in turn. */
function quotes(count: number, perInterview: number): TagBoardItem[] {
  return Array.from({ length: count }, (_, index) => {
    const interview = Math.floor(index / perInterview) + 1;
    return {
      id: uuid(1, index + 1),
      interviewId: uuid(2, interview),
      start: index * 10,
      end: index * 10 + 8,
      quote: `Quote ${index + 1}`,
      note: '',
      tags: [{ id: tagId, name: 'time cost', color: 'teal' }],
      createdBy: null,
      createdAt: '2026-10-02T09:00:00.000Z',
      updatedAt: '2026-10-02T09:00:00.000Z',
      interviewTitle: `Interview ${interview}`,
      participantPseudonym: `P${interview}`,
    };
  });
}

function renderBoard() {
  return renderWithProviders(<TagBoard tagId={tagId} readerPath={(interviewId, highlightId) => `/interviews/${interviewId}?highlight=${highlightId}`} />);
}

beforeEach(() => {
  // jsdom has no layout: every row is 100 px tall in a 768 px window over a tall page.
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(100);
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 1_000_000 });
});

afterEach(() => {
  vi.unstubAllGlobals();
  act(() => {
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 });
    window.dispatchEvent(new Event('scroll'));
  });
});

describe('groupByInterview and boardRows', () => {
  it('puts each interview heading before its quotes, in the order the quotes came', () => {
    const items = quotes(5, 2);
    const rows = boardRows(groupByInterview(items));
    expect(rows.map((row) => (row.kind === 'interview' ? row.group.title : `${row.item.quote} (${row.position}/${row.group.items.length})`))).toEqual([
      'Interview 1',
      'Quote 1 (1/2)',
      'Quote 2 (2/2)',
      'Interview 2',
      'Quote 3 (1/2)',
      'Quote 4 (2/2)',
      'Interview 3',
      'Quote 5 (1/1)',
    ]);
  });
});

describe('Tag board virtualization', () => {
  it('renders only a window of 2,000 quotes, grouped in a region and list per interview', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ items: quotes(2000, 100), nextCursor: null })));
    renderBoard();

    const region = await screen.findByRole('region', { name: 'Interview 1' });
    expect(within(region).getByRole('heading', { name: 'Interview 1', level: 2 })).toBeInTheDocument();
    expect(within(region).getByText('100 quotes')).toBeInTheDocument();
    const list = within(region).getByRole('list', { name: 'Quotes from Interview 1' });
    const rendered = within(list).getAllByRole('listitem');
    expect(rendered.length).toBeGreaterThan(5);
    expect(screen.getAllByRole('listitem').length).toBeLessThan(30);
    expect(rendered[0]).toHaveAttribute('aria-posinset', '1');
    expect(rendered[0]).toHaveAttribute('aria-setsize', '100');
    expect(within(rendered[0] as HTMLElement).getByRole('link', { name: 'Open in reader' })).toHaveAttribute('href', `/interviews/${uuid(2, 1)}?highlight=${uuid(1, 1)}`);
    expect(screen.queryByRole('region', { name: 'Interview 2' })).not.toBeInTheDocument();
    expect(screen.queryByText('Quote 2000')).not.toBeInTheDocument();
  });
});
