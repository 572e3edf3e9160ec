import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatCompletionRequest } from './chat-completion-request.ts';
import { findFixture, loadFixtures } from './fixture-store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fake-openai-fixtures-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const request = (text: string, model = 'gpt-4o-mini'): ChatCompletionRequest => ({ model, messages: [{ role: 'user', content: text }] });

describe('fixtures', () => {
  it('loads *.json files in name order, arrays included, and matches the first fitting one', async () => {
    await writeFile(path.join(dir, '20-fallback.json'), JSON.stringify({ content: { n: 'fallback' } }));
    await writeFile(path.join(dir, '10-specific.json'), JSON.stringify([{ match: 'invoice', content: { n: 'invoice' } }, { model: 'fake-extractor', behaviour: { kind: 'refusal' } }]));
    await writeFile(path.join(dir, 'notes.txt'), 'ignored');
    const fixtures = await loadFixtures(dir);
    expect(fixtures.map((fixture) => fixture.source)).toEqual(['10-specific.json[0]', '10-specific.json[1]', '20-fallback.json']);
    expect(findFixture(fixtures, request('the invoice was late'))?.content).toEqual({ n: 'invoice' });
    expect(findFixture(fixtures, request('hello', 'fake-extractor'))?.behaviour).toEqual({ kind: 'refusal' });
    expect(findFixture(fixtures, request('hello'))?.content).toEqual({ n: 'fallback' });
  });

  it('names the file of a malformed fixture', async () => {
    await writeFile(path.join(dir, 'bad.json'), JSON.stringify({ match: 'x', behaviour: { kind: 'explode' } }));
    await expect(loadFixtures(dir)).rejects.toThrow(/Fixture bad.json has an unknown behaviour/);
    await expect(loadFixtures([{ match: 'x' }])).rejects.toThrow(/fixtures\[0\] needs exactly one of "content" or "behaviour"/);
  });
});
