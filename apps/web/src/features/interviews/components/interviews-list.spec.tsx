import type { InterviewListItem } from '@outcome-atlas/contracts';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { InterviewsList } from './interviews-list';

const projectId = '6f1c2a52-4d1e-4f7a-9a53-0b6a7c1f2e10';
const ROW_HEIGHT = 100;

const uuid = (index: number) => `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

function interview(index: number): InterviewListItem {
  return {
    id: uuid(index + 1),
    projectId,
    title: `Interview ${index + 1}`,
    format: 'txt',
    participant: { pseudonym: `P${index + 1}`, personaId: null, attributes: {} },
    interviewer: 'Sam',
    interviewDate: '2026-10-01',
    language: 'en',
    utteranceCount: 10,
    wordCount: 500,
    highlightCount: 0,
    createdAt: '2026-10-02T09:00:00.000Z',
    updatedAt: '2026-10-02T09:00:00.000Z',
    rank: index === 0 ? 0.9 : null,
    snippet: index === 0 ? { text: 'we match <b>invoices</b> by hand', matches: [{ start: 3, end: 8 }] } : null,
  };
}

const interviews = (from: number, count: number) => Array.from({ length: count }, (_, offset) => interview(from + offset));

function renderList() {
  return renderWithProviders(<InterviewsList projectId={projectId} filters={{ q: '', personaId: null, tagId: null }} personaNames={{}} />, {
    path: `/projects/${projectId}/interviews`,
    routePath: '/projects/:projectId/interviews',
  });
}

/** jsdom has no layout: every row is 100 px tall, and the window (jsdom's 1024x768) scrolls over a tall page. */
function scrollWindowTo(top: number) {
  act(() => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 1_000_000 });
    Object.defineProperty(window, 'scrollY', { configurable: true, value: top });
    window.dispatchEvent(new Event('scroll'));
  });
}

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(ROW_HEIGHT);
  scrollWindowTo(0);
});

afterEach(() => {
  vi.unstubAllGlobals();
  scrollWindowTo(0);
});

describe('Interviews list virtualization', () => {
  it('renders only a window of 2,000 interviews and moves it as the page scrolls', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ items: interviews(0, 2000), nextCursor: null })));
    renderList();

    const list = await screen.findByRole('list', { name: 'Interviews' });
    const rows = () => within(list).getAllByRole('listitem');
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(30);
    // The list is as tall as all rows (measured or estimated), so the scrollbar covers all 2,000.
    expect(Number.parseFloat(list.style.height)).toBeGreaterThanOrEqual(2000 * ROW_HEIGHT);
    expect(rows()[0]).toHaveAttribute('aria-posinset', '1');
    expect(rows()[0]).toHaveAttribute('aria-setsize', '2000');
    // The search snippet is rendered as text with a <mark>, never as HTML.
    expect(within(list).getByTestId('search-snippet')).toHaveTextContent('we match <b>invoices</b> by hand');
    expect(within(list).getByTestId('search-snippet').querySelector('mark')).toHaveTextContent(/^match$/);
    expect(within(list).queryByRole('link', { name: 'Interview 1000' })).not.toBeInTheDocument();

    scrollWindowTo(1000 * ROW_HEIGHT);

    // Rows not yet measured count with their estimated height, so the window lands near, not exactly on, row 1,000.
    await waitFor(() => expect(Number(rows()[0]?.getAttribute('aria-posinset'))).toBeGreaterThan(800));
    expect(within(list).queryByRole('link', { name: 'Interview 1' })).not.toBeInTheDocument();
    expect(rows().length).toBeLessThan(30);
  });

  it('fetches the next page when the end of the list comes near, and offers "Load more" as well', async () => {
    const fetchMock = vi.fn<typeof fetch>(async (input) => {
      const cursor = new URL(String(input), 'http://localhost').searchParams.get('cursor');
      return cursor ? jsonResponse({ items: interviews(40, 40), nextCursor: null }) : jsonResponse({ items: interviews(0, 40), nextCursor: uuid(9999) });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderList();

    const list = await screen.findByRole('list', { name: 'Interviews' });
    expect(screen.getByRole('button', { name: 'Load more' })).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '-1');
    expect(fetchMock).toHaveBeenCalledTimes(1);

    scrollWindowTo(35 * ROW_HEIGHT);

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(String(fetchMock.mock.calls[1]?.[0])).toContain(`cursor=${uuid(9999)}`);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument());
    expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '80');
  });

  it('loads the next page from the "Load more" button without scrolling', async () => {
    const fetchMock = vi.fn<typeof fetch>(async (input) => {
      const cursor = new URL(String(input), 'http://localhost').searchParams.get('cursor');
      return cursor ? jsonResponse({ items: interviews(40, 1), nextCursor: null }) : jsonResponse({ items: interviews(0, 40), nextCursor: uuid(9999) });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderList();

    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument());
  });
});
