import { MantineProvider } from '@mantine/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, Link, Outlet, RouterProvider, useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { theme } from '../theme';
import { usePageTitle } from './page-title';
import { RouteFocus } from './route-focus';

function Page({ title }: { title: string }) {
  usePageTitle(title, 'Month-end close');
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <input aria-label="Search" value={searchParams.get('q') ?? ''} onChange={(event) => setSearchParams({ q: event.target.value })} />
    </>
  );
}

/** A page whose heading appears only after its data has loaded. */
function SlowPage() {
  usePageTitle('Tags', 'Month-end close');
  const [loaded, setLoaded] = useState(false);
  return loaded ? <h1 tabIndex={-1}>Tags</h1> : <button onClick={() => setLoaded(true)}>Finish loading</button>;
}

function renderApp() {
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <nav aria-label="Sections">
              <Link to="/interviews">Interviews</Link>
              <Link to="/tags">Tags</Link>
            </nav>
            <main tabIndex={-1}>
              <Outlet />
            </main>
            <RouteFocus />
          </>
        ),
        children: [
          { path: '/', element: <Page title="Overview" /> },
          { path: '/interviews', element: <Page title="Interviews" /> },
          { path: '/tags', element: <SlowPage /> },
        ],
      },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <MantineProvider theme={theme}>
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return router;
}

describe('focus and title after navigation', () => {
  it('leaves focus alone on the first load', () => {
    renderApp();
    expect(document.title).toBe('Overview · Month-end close · Outcome Atlas');
    expect(document.body).toHaveFocus();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('moves focus to the new page heading and announces its title', async () => {
    renderApp();
    await userEvent.click(screen.getByRole('link', { name: 'Interviews' }));

    expect(screen.getByRole('heading', { name: 'Interviews', level: 1 })).toHaveFocus();
    expect(document.title).toBe('Interviews · Month-end close · Outcome Atlas');
    expect(screen.getByRole('status')).toHaveTextContent('Interviews · Month-end close · Outcome Atlas');
  });

  it('keeps focus in the search box when only the query string changes', async () => {
    const router = renderApp();
    await userEvent.click(screen.getByRole('link', { name: 'Interviews' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Search' }), 'inv');

    expect(router.state.location.search).toBe('?q=inv');
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
  });

  it('focuses the main landmark while the page loads, then its heading', async () => {
    renderApp();
    await userEvent.click(screen.getByRole('link', { name: 'Tags' }));
    expect(screen.getByRole('main')).toHaveFocus();

    act(() => screen.getByRole('button', { name: 'Finish loading' }).click());

    expect(await screen.findByRole('heading', { name: 'Tags', level: 1 })).toHaveFocus();
    // The heading is focused from a MutationObserver callback; the announcement is a state update that renders after it.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Tags · Month-end close · Outcome Atlas'));
  });
});
