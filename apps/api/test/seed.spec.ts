import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD, DemoSeedService } from '../src/modules/seed/demo-seed.service.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

describe('demo seed', () => {
  it('creates a demo workspace once: a project with a job statement, three interviews in three formats, highlights and tags', async () => {
    const seeder = ctx.app.get(DemoSeedService);
    expect((await seeder.seed()).created).toBe(true);
    expect((await seeder.seed()).created).toBe(false);
    const login = await ctx.client.request('POST', '/api/v1/auth/login', { body: { email: DEMO_EMAIL, password: DEMO_PASSWORD } });
    const token = login.body.token;
    const workspaces = await ctx.client.request('GET', '/api/v1/workspaces', { token });
    expect(workspaces.body.items).toHaveLength(1);
    const projects = await ctx.client.request('GET', `/api/v1/workspaces/${workspaces.body.items[0].id}/projects`, { token });
    expect(projects.body.items).toHaveLength(1);
    expect(projects.body.items[0].jobStatement).not.toBe('');
    const interviews = await ctx.client.request('GET', `/api/v1/projects/${projects.body.items[0].id}/interviews`, { token });
    expect(interviews.body.items.map((interview: { format: string }) => interview.format).sort()).toEqual(['md', 'txt', 'vtt']);
    expect(interviews.body.items.every((interview: { highlightCount: number }) => interview.highlightCount > 0)).toBe(true);
    const outcomes = await ctx.client.request('GET', `/api/v1/projects/${projects.body.items[0].id}/outcomes?status=accepted&limit=200`, { token });
    expect(outcomes.body.items).toHaveLength(12);
    expect(outcomes.body.items.filter((outcome: { evidence: unknown[] }) => outcome.evidence.length > 0)).toHaveLength(9);
    const [{ respondents, ratings }] = await ctx.app.get(DataSource).query(
      'SELECT (SELECT count(*)::int FROM respondents) AS respondents, (SELECT count(*)::int FROM ratings) AS ratings',
    );
    expect(respondents).toBe(120);
    expect(ratings).toBeGreaterThan(120 * 12 * 0.95);
  });
});
