import { createTheme } from '@mantine/core';

/** Calm: a muted teal, soft radii, generous line height for reading transcripts. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '600' },
  cursorType: 'pointer',
});
