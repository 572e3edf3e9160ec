import { RouterProvider } from 'react-router';
import { paths } from '../config/paths';
import { createQueryClient } from '../lib/query-client';
import { setUnauthorizedHandler } from '../lib/unauthorized';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

const queryClient = createQueryClient();
const router = createAppRouter();

// A 401 from any call: go to /login, remembering where the user wanted to be.
setUnauthorizedHandler(() => {
  const { pathname, search } = router.state.location;
  if (pathname === '/login' || pathname === '/register') return;
  void router.navigate(paths.login(pathname + search), { replace: true });
});

export function App() {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
