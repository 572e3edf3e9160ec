import { randomUUID } from 'node:crypto';
import type { TranscriptFile } from './pages/interviews-page.js';

export const PASSWORD = 'correct horse battery staple';
export const DEMO_USER = { email: 'demo@outcome-atlas.local', password: 'outcome-atlas-demo' };

export function newUser(hint: string): { name: string; email: string; password: string } {
  const id = randomUUID().slice(0, 8);
  return { name: `${hint} ${id}`, email: `${hint.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${id}@example.com`, password: PASSWORD };
}

export const vtt = (name: string, content: string): TranscriptFile => ({ name, mimeType: 'text/vtt', content });
export const txt = (name: string, content: string): TranscriptFile => ({ name, mimeType: 'text/plain', content });

/** A short WebVTT interview with `<v Name>` voices. */
export const CARD_PAYMENTS_VTT = `WEBVTT

00:00:01.000 --> 00:00:04.500
<v Interviewer>How do you reconcile card payments today?

00:00:05.000 --> 00:00:12.000
<v Ana>I export the card statement every Friday and tick off receipts by hand in a spreadsheet.

00:00:13.000 --> 00:00:19.000
<v Ana>Missing receipts are the worst part, because chasing colleagues for them takes hours every week.
`;
