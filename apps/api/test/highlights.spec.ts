import { describe, expect, it } from 'vitest';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

const CONTENT = 'Priya: Matching invoices to purchase orders takes two days.\nPriya: I keep a spreadsheet of the open ones.';

async function setup() {
  const user = await ctx.client.register('Researcher');
  const project = await ctx.client.request('POST', `/api/v1/workspaces/${user.workspace.id}/projects`, { token: user.token, body: { name: 'Close' } });
  const interview = await ctx.client.request('POST', `/api/v1/projects/${project.body.id}/interviews`, { token: user.token, body: { title: 'Priya', format: 'txt', content: CONTENT } });
  const detail = await ctx.client.request('GET', `/api/v1/interviews/${interview.body.id}`, { token: user.token });
  return { token: user.token, projectId: project.body.id as string, interviewId: interview.body.id as string, transcript: detail.body.transcript as string };
}

const range = (transcript: string, quote: string) => ({ start: transcript.indexOf(quote), end: transcript.indexOf(quote) + quote.length });

describe('highlights', () => {
  it('stores the quote from the offsets, creates new tags on the fly and reuses existing ones case-insensitively', async () => {
    const { token, projectId, interviewId, transcript } = await setup();
    const existing = await ctx.client.request('POST', `/api/v1/projects/${projectId}/tags`, { token, body: { name: 'Time cost', color: '#e8590c' } });
    const created = await ctx.client.request('POST', `/api/v1/interviews/${interviewId}/highlights`, {
      token,
      body: { ...range(transcript, 'takes two days'), note: 'core pain', tagIds: [existing.body.id], newTags: ['time COST', 'matching'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ quote: 'takes two days', note: 'core pain' });
    expect(created.body.tags.map((tag: { name: string }) => tag.name)).toEqual(['matching', 'Time cost']);
    const tags = await ctx.client.request('GET', `/api/v1/projects/${projectId}/tags`, { token });
    expect(tags.body.items.map((tag: { name: string; highlightCount: number }) => [tag.name, tag.highlightCount])).toEqual([
      ['matching', 1],
      ['Time cost', 1],
    ]);
    const detail = await ctx.client.request('GET', `/api/v1/interviews/${interviewId}`, { token });
    expect(detail.body.highlights).toHaveLength(1);
    expect(detail.body.highlightCount).toBe(1);
  });

  it.each([
    [{ start: 0, end: 10_000 }, 422, 'HIGHLIGHT_OUT_OF_RANGE'],
    [{ start: 5, end: 5 }, 400, 'VALIDATION_FAILED'],
    [{ start: -1, end: 5 }, 400, 'VALIDATION_FAILED'],
    [{ start: 1.5, end: 5 }, 400, 'VALIDATION_FAILED'],
  ])('rejects offsets %j with %i %s', async (offsets, status, code) => {
    const { token, interviewId } = await setup();
    const response = await ctx.client.request('POST', `/api/v1/interviews/${interviewId}/highlights`, { token, body: offsets });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });

  it('rejects a passage that overlaps an existing highlight, naming it', async () => {
    const { token, interviewId, transcript } = await setup();
    const first = await ctx.client.request('POST', `/api/v1/interviews/${interviewId}/highlights`, { token, body: range(transcript, 'purchase orders takes') });
    const overlap = await ctx.client.request('POST', `/api/v1/interviews/${interviewId}/highlights`, { token, body: range(transcript, 'takes two days') });
    expect(overlap.status).toBe(422);
    expect(overlap.body.error).toMatchObject({ code: 'HIGHLIGHT_OVERLAPS', details: { highlightId: first.body.id } });
    const adjacent = await ctx.client.request('POST', `/api/v1/interviews/${interviewId}/highlights`, { token, body: range(transcript, ' two days') });
    expect(adjacent.status).toBe(201);
  });

  it('rejects tag ids from another project', async () => {
    const { token, interviewId, transcript } = await setup();
    const other = await setup();
    const foreignTag = await ctx.client.request('POST', `/api/v1/projects/${other.projectId}/tags`, { token: other.token, body: { name: 'x' } });
    const response = await ctx.client.request('POST', `/api/v1/interviews/${interviewId}/highlights`, { token, body: { ...range(transcript, 'two days'), tagIds: [foreignTag.body.id] } });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('TAG_NOT_FOUND');
  });

  it('replaces tags and the note on update, lists by tag, and deletes', async () => {
    const { token, interviewId, transcript } = await setup();
    const created = await ctx.client.request('POST', `/api/v1/interviews/${interviewId}/highlights`, { token, body: { ...range(transcript, 'spreadsheet'), newTags: ['workaround'] } });
    const updated = await ctx.client.request('PATCH', `/api/v1/highlights/${created.body.id}`, { token, body: { note: 'tracking', newTags: ['tooling'], tagIds: [] } });
    expect(updated.body).toMatchObject({ note: 'tracking', tags: [expect.objectContaining({ name: 'tooling' })] });
    const tooling = updated.body.tags[0].id;
    const listed = await ctx.client.request('GET', `/api/v1/interviews/${interviewId}/highlights?tagId=${tooling}`, { token });
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
    expect((await ctx.client.request('DELETE', `/api/v1/highlights/${created.body.id}`, { token })).status).toBe(204);
    expect((await ctx.client.request('GET', `/api/v1/interviews/${interviewId}/highlights`, { token })).body.items).toEqual([]);
  });
});

describe('tags', () => {
  it('renames with a uniqueness check, merges two tags without duplicate links, and shows a tag board', async () => {
    const { token, projectId, interviewId, transcript } = await setup();
    const a = await ctx.client.request('POST', `/api/v1/interviews/${interviewId}/highlights`, { token, body: { ...range(transcript, 'two days'), newTags: ['slow', 'pain'] } });
    await ctx.client.request('POST', `/api/v1/interviews/${interviewId}/highlights`, { token, body: { ...range(transcript, 'spreadsheet'), newTags: ['slow'] } });
    const [pain, slow] = a.body.tags as { id: string; name: string }[];
    expect((await ctx.client.request('PATCH', `/api/v1/tags/${pain!.id}`, { token, body: { name: 'SLOW' } })).status).toBe(409);
    const renamed = await ctx.client.request('PATCH', `/api/v1/tags/${pain!.id}`, { token, body: { name: 'friction', group: 'Struggles', color: '#2f9e44' } });
    expect(renamed.body).toMatchObject({ name: 'friction', group: 'Struggles', color: '#2f9e44' });
    const merged = await ctx.client.request('POST', `/api/v1/tags/${pain!.id}/merge`, { token, body: { intoTagId: slow!.id } });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ name: 'slow', highlightCount: 2 });
    expect((await ctx.client.request('GET', `/api/v1/projects/${projectId}/tags`, { token })).body.items.map((tag: { name: string }) => tag.name)).toEqual(['slow']);
    const board = await ctx.client.request('GET', `/api/v1/tags/${slow!.id}/highlights?limit=1`, { token });
    expect(board.body.items).toHaveLength(1);
    expect(board.body.items[0]).toMatchObject({ interviewTitle: 'Priya', quote: 'spreadsheet' });
    const rest = await ctx.client.request('GET', `/api/v1/tags/${slow!.id}/highlights?limit=1&cursor=${board.body.nextCursor}`, { token });
    expect(rest.body.items.map((item: { quote: string }) => item.quote)).toEqual(['two days']);
    expect((await ctx.client.request('POST', `/api/v1/tags/${slow!.id}/merge`, { token, body: { intoTagId: slow!.id } })).body.error.code).toBe('TAG_MERGE_SELF');
  });

  it('refuses to merge across projects and deletes a tag leaving its highlights', async () => {
    const { token, projectId, interviewId, transcript } = await setup();
    const project2 = await ctx.client.request('POST', `/api/v1/projects/${projectId}/tags`, { token, body: { name: 'here' } });
    const me = await ctx.client.request('GET', '/api/v1/workspaces', { token });
    const otherProject = await ctx.client.request('POST', `/api/v1/workspaces/${me.body.items[0].id}/projects`, { token, body: { name: 'Other' } });
    const there = await ctx.client.request('POST', `/api/v1/projects/${otherProject.body.id}/tags`, { token, body: { name: 'there' } });
    expect((await ctx.client.request('POST', `/api/v1/tags/${project2.body.id}/merge`, { token, body: { intoTagId: there.body.id } })).body.error.code).toBe('TAG_MERGE_ACROSS_PROJECTS');
    const highlight = await ctx.client.request('POST', `/api/v1/interviews/${interviewId}/highlights`, { token, body: { ...range(transcript, 'two days'), tagIds: [project2.body.id] } });
    expect((await ctx.client.request('DELETE', `/api/v1/tags/${project2.body.id}`, { token })).status).toBe(204);
    const after = await ctx.client.request('GET', `/api/v1/interviews/${interviewId}/highlights`, { token });
    expect(after.body.items).toEqual([expect.objectContaining({ id: highlight.body.id, tags: [] })]);
  });
});
