import { describe, expect, it } from 'vitest';
import { multipart } from './multipart.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp({ MAX_UPLOAD_BYTES: String(256 * 1024) });

async function setup() {
  const user = await ctx.client.register('Researcher');
  const project = await ctx.client.request('POST', `/api/v1/workspaces/${user.workspace.id}/projects`, { token: user.token, body: { name: 'Close' } });
  return { token: user.token, projectId: project.body.id as string, workspaceId: user.workspace.id };
}

const VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>How do you reconcile invoices?

00:00:05.000 --> 00:00:09.500
<v Priya>Matching invoices to purchase orders takes two days.`;

describe('interview ingestion', () => {
  it('creates an interview from JSON with utterances whose offsets slice the transcript', async () => {
    const { token, projectId } = await setup();
    const created = await ctx.client.request('POST', `/api/v1/projects/${projectId}/interviews`, {
      token,
      body: { title: 'P1', format: 'txt', content: 'Interviewer: Hello?\nP1: Invoices take two days.', participant: { pseudonym: 'P1', attributes: { role: 'clerk' } }, interviewDate: '2026-10-01' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'P1', format: 'txt', utteranceCount: 2, interviewDate: '2026-10-01', participant: { pseudonym: 'P1', attributes: { role: 'clerk' } } });
    const detail = await ctx.client.request('GET', `/api/v1/interviews/${created.body.id}`, { token });
    const { transcript, utterances } = detail.body;
    expect(utterances.map((u: { speaker: string; start: number; end: number }) => [u.speaker, transcript.slice(u.start, u.end)])).toEqual([
      ['Interviewer', 'Hello?'],
      ['P1', 'Invoices take two days.'],
    ]);
  });

  it('parses an uploaded VTT file with voices and timestamps; the file name becomes the title', async () => {
    const { token, projectId } = await setup();
    const upload = multipart('priya-call.vtt', VTT, { participant: { pseudonym: 'Priya' } });
    const created = await ctx.client.request('POST', `/api/v1/projects/${projectId}/interviews`, { token, ...upload });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'priya-call', format: 'vtt', participant: { pseudonym: 'Priya' } });
    const detail = await ctx.client.request('GET', `/api/v1/interviews/${created.body.id}`, { token });
    expect(detail.body.utterances[1]).toMatchObject({ speaker: 'Priya', startMs: 5000, endMs: 9500 });
  });

  it('answers 409 naming the existing interview for an identical upload, and stores nothing', async () => {
    const { token, projectId } = await setup();
    const first = await ctx.client.request('POST', `/api/v1/projects/${projectId}/interviews`, { token, ...multipart('a.vtt', VTT) });
    const second = await ctx.client.request('POST', `/api/v1/projects/${projectId}/interviews`, { token, ...multipart('b.vtt', VTT) });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'INTERVIEW_DUPLICATE', details: { existingInterviewId: first.body.id, title: 'a' } });
    expect(second.body.error.message).toContain('"a"');
    expect((await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews`, { token })).body.items).toHaveLength(1);
  });

  it.each([
    ['empty.txt', 422, 'TRANSCRIPT_EMPTY', Buffer.alloc(0)],
    ['binary.txt', 422, 'TRANSCRIPT_BINARY', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0, 1, 2, 3])],
    ['utf8-with-nul.txt', 422, 'TRANSCRIPT_BINARY', Buffer.from('P1: hello\u0000\u0000 world')],
    ['latin1.txt', 422, 'INVALID_ENCODING', Buffer.from([0x50, 0x31, 0x3a, 0x20, 0xc3, 0x28])],
    ['broken.vtt', 422, 'TRANSCRIPT_MALFORMED', 'WEBVTT\n\n00:01 -> 00:02\nhello'],
    ['no-header.vtt', 422, 'TRANSCRIPT_MALFORMED', '00:00:01.000 --> 00:00:02.000\nhello'],
    ['broken.srt', 422, 'TRANSCRIPT_MALFORMED', '1\n00:00:01,000 --> garbage\nhello'],
    ['fake.docx', 422, 'UNPARSEABLE_FILE', 'not a zip'],
    ['slides.pdf', 415, 'UNSUPPORTED_FILE_TYPE', '%PDF-1.7'],
    ['huge.txt', 413, 'FILE_TOO_LARGE', Buffer.alloc(300 * 1024, 'a')],
  ])('rejects %s with %i %s and stores nothing', async (filename, status, code, content) => {
    const { token, projectId } = await setup();
    const response = await ctx.client.request('POST', `/api/v1/projects/${projectId}/interviews`, { token, ...multipart(filename, content) });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect((await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews`, { token })).body.items).toHaveLength(0);
  });

  it('names the failing line of a malformed transcript', async () => {
    const { token, projectId } = await setup();
    const response = await ctx.client.request('POST', `/api/v1/projects/${projectId}/interviews`, { token, ...multipart('x.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\n00:00:05.000 --> 00:00:04.000\nback in time') });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual({ line: 6 });
    expect(response.body.error.message).toMatch(/6/);
  });

  it('rejects a persona from another project with 422', async () => {
    const { token, projectId } = await setup();
    const other = await setup();
    const persona = await ctx.client.request('POST', `/api/v1/projects/${other.projectId}/personas`, { token: other.token, body: { name: 'X' } });
    const response = await ctx.client.request('POST', `/api/v1/projects/${projectId}/interviews`, {
      token,
      body: { title: 't', format: 'txt', content: 'A: b', participant: { personaId: persona.body.id } },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('PERSONA_NOT_FOUND');
  });

  it('updates metadata and deletes an interview', async () => {
    const { token, projectId } = await setup();
    const created = await ctx.client.request('POST', `/api/v1/projects/${projectId}/interviews`, { token, body: { title: 't', format: 'txt', content: 'A: b' } });
    const persona = await ctx.client.request('POST', `/api/v1/projects/${projectId}/personas`, { token, body: { name: 'Clerk' } });
    const updated = await ctx.client.request('PATCH', `/api/v1/interviews/${created.body.id}`, {
      token,
      body: { title: 'Renamed', participant: { pseudonym: 'P9', personaId: persona.body.id, attributes: { size: '50' } }, interviewDate: '2026-01-02' },
    });
    expect(updated.body).toMatchObject({ title: 'Renamed', interviewDate: '2026-01-02', participant: { pseudonym: 'P9', personaId: persona.body.id, attributes: { size: '50' } } });
    expect((await ctx.client.request('DELETE', `/api/v1/interviews/${created.body.id}`, { token })).status).toBe(204);
    expect((await ctx.client.request('GET', `/api/v1/interviews/${created.body.id}`, { token })).status).toBe(404);
  });
});

describe('interview list and search', () => {
  async function seedInterviews() {
    const world = await setup();
    const persona = await ctx.client.request('POST', `/api/v1/projects/${world.projectId}/personas`, { token: world.token, body: { name: 'Controller' } });
    const contents = [
      ['Accruals', 'Marco: The accruals are always estimated by hand.', persona.body.id],
      ['Invoices', 'Priya: Matching invoices to orders takes two days.', null],
      ['Approvals', 'Lena: I chase approvals for every invoice by phone.', null],
    ] as const;
    const ids: string[] = [];
    for (const [title, content, personaId] of contents) {
      const created = await ctx.client.request('POST', `/api/v1/projects/${world.projectId}/interviews`, { token: world.token, body: { title, format: 'txt', content, participant: { personaId } } });
      ids.push(created.body.id);
    }
    return { ...world, ids, personaId: persona.body.id as string };
  }

  it('lists newest first with cursor pagination', async () => {
    const { token, projectId } = await seedInterviews();
    const first = await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews?limit=2`, { token });
    const second = await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews?limit=2&cursor=${first.body.nextCursor}`, { token });
    expect([...first.body.items, ...second.body.items].map((item: { title: string }) => item.title)).toEqual(['Approvals', 'Invoices', 'Accruals']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('ranks full-text matches (stemmed) and returns plain-text snippets with match ranges', async () => {
    const { token, projectId } = await seedInterviews();
    const result = await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews?q=invoice`, { token });
    expect(result.body.items.map((item: { title: string }) => item.title).sort()).toEqual(['Approvals', 'Invoices']);
    const top = result.body.items[0];
    expect(top.title).toBe('Invoices');
    expect(top.rank).toBeGreaterThan(0);
    const { text, matches } = top.snippet;
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.map((match: { start: number; end: number }) => text.slice(match.start, match.end).toLowerCase())).toContain('invoices');
    expect(text).not.toMatch(/[\uE000\uE001<>]/);
  });

  it('filters by persona and by tag, alone and with a search', async () => {
    const { token, projectId, ids, personaId } = await seedInterviews();
    const byPersona = await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews?personaId=${personaId}`, { token });
    expect(byPersona.body.items.map((item: { title: string }) => item.title)).toEqual(['Accruals']);
    const highlight = await ctx.client.request('POST', `/api/v1/interviews/${ids[2]}/highlights`, { token, body: { start: 0, end: 6, newTags: ['workaround'] } });
    const tagId = highlight.body.tags[0].id;
    const byTag = await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews?tagId=${tagId}`, { token });
    expect(byTag.body.items.map((item: { title: string }) => item.title)).toEqual(['Approvals']);
    const searchAndTag = await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews?q=invoice&tagId=${tagId}`, { token });
    expect(searchAndTag.body.items.map((item: { title: string }) => item.title)).toEqual(['Approvals']);
  });

  it('still gives a snippet when the match spans two utterances', async () => {
    const { token, projectId } = await setup();
    await ctx.client.request('POST', `/api/v1/projects/${projectId}/interviews`, { token, body: { title: 'Split', format: 'txt', content: 'A: We always pay late\nB: Invoices arrive on paper' } });
    const result = await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews?q=${encodeURIComponent('"late invoices"')}`, { token });
    expect(result.body.items).toHaveLength(1);
    expect(result.body.items[0].snippet.matches.length).toBeGreaterThan(0);
  });

  it('indexes and quotes bracketed notes such as <inaudible> as written', async () => {
    const { token, projectId } = await setup();
    await ctx.client.request('POST', `/api/v1/projects/${projectId}/interviews`, {
      token,
      body: { title: 'Notes', format: 'txt', content: 'P2: The approver was <inaudible> on holiday, so the <b>reconciliation</b> slipped.' },
    });
    for (const q of ['inaudible', '<inaudible>', 'holiday']) {
      const result = await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews?q=${encodeURIComponent(q)}`, { token });
      expect(result.body.items, q).toHaveLength(1);
      expect(result.body.items[0].snippet.text, q).toContain('was <inaudible> on holiday, so the <b>reconciliation</b> slipped');
    }
  });

  it('treats search syntax and metacharacters as text', async () => {
    const { token, projectId } = await seedInterviews();
    for (const q of [`'; DROP TABLE interviews; --`, '<script>', '"two days"', 'invoice -phone', 'the and of', ')(&|!']) {
      const response = await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews?q=${encodeURIComponent(q)}`, { token });
      expect(response.status, q).toBe(200);
    }
    const phrase = await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews?q=${encodeURIComponent('"two days"')}`, { token });
    expect(phrase.body.items.map((item: { title: string }) => item.title)).toEqual(['Invoices']);
    expect((await ctx.client.request('GET', `/api/v1/projects/${projectId}/interviews`, { token })).body.items).toHaveLength(3);
  });
});
