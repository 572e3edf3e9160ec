import { Outlet } from 'react-router';
import { RouteFocus } from './route-focus';

/** Around every page, signed in or not. */
export function RootLayout() {
  return (
    <>
      <Outlet />
      <RouteFocus />
    </>
  );
}
