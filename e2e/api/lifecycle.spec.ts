import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { endpoints, type Health, type LoginResponse, type MeResponse, type Page, type Project } from '@outcome-atlas/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeDataDir, removeDataDir, runUntilExit, startApp, type RunningApp } from '../support/app-process.js';
import { ApiClient, expectError, expectSuccess } from '../support/http-client.js';
import { registerUser, uniqueEmail } from '../support/users.js';

const DEMO = { email: 'demo@outcome-atlas.local', password: 'outcome-atlas-demo' };

/** The postmaster's pid from DATA_DIR/postgres/postmaster.pid, or null when there is none. */
async function postmasterPid(dataDir: string): Promise<number | null> {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(file)) return null;
  return Number((await readFile(file, 'utf8')).split('\n')[0]);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function demoProjects(client: ApiClient) {
  const session = expectSuccess<LoginResponse>(await client.call(endpoints.login, { json: DEMO }), endpoints.login);
  const me = expectSuccess<MeResponse>(await client.call(endpoints.me, { auth: session.token }), endpoints.me);
  const workspace = me.workspaces[0];
  if (!workspace) throw new Error('The demo user has no workspace');
  const projects = expectSuccess<Page<Project>>(await client.call(endpoints.listProjects, { auth: session.token, params: { workspaceId: workspace.id } }), endpoints.listProjects);
  return { workspaces: me.workspaces, projects: projects.items };
}

// The default login throttle (10 a minute per IP and email), a small registration throttle and the demo seed.
const ENV = { SEED_DEMO: 'true', REGISTER_RATE_LIMIT_PER_HOUR: '5' };

describe('the app process on its own DATA_DIR', () => {
  let dataDir: string;
  let app: RunningApp | undefined;

  beforeAll(async () => {
    dataDir = await makeDataDir('lifecycle');
    app = await startApp({ dataDir, env: ENV });
  });

  afterAll(async () => {
    await app?.stop();
    await removeDataDir(dataDir);
  });

  it('announces its URL and seeds a demo account that can log in', async () => {
    if (!app) throw new Error('not started');
    expect(app.output()).toContain(`Outcome Atlas is running at http://localhost:${app.port}`);
    const { projects } = await demoProjects(new ApiClient(app.url));
    expect(projects.length).toBeGreaterThan(0);
  });

  it('a second process on the same DATA_DIR exits 1 with a clear message, and the first keeps serving', async () => {
    if (!app) throw new Error('not started');
    const second = await runUntilExit({ PORT: '0', DATA_DIR: dataDir });
    expect(second.code, second.output).toBe(1);
    expect(second.output).toContain('already using DATA_DIR');
    const health = await new ApiClient(app.url).call(endpoints.health);
    expect(expectSuccess<Health>(health, endpoints.health)).toMatchObject({ status: 'ok', checks: { database: { status: 'up', embedded: true } } });
  });

  it('the 11th wrong login for one email within a minute answers 429 RATE_LIMITED', async () => {
    if (!app) throw new Error('not started');
    const client = new ApiClient(app.url);
    const user = await registerUser(client, 'Throttled');
    const wrong = { email: user.email, password: 'wrong password' };
    for (let attempt = 1; attempt <= 10; attempt++) {
      expectError(await client.call(endpoints.login, { json: wrong }), 401, 'INVALID_CREDENTIALS');
    }
    expectError(await client.call(endpoints.login, { json: wrong }), 429, 'RATE_LIMITED');
    // Throttled per address and email, so one attacker cannot lock everyone out.
    expectError(await client.call(endpoints.login, { json: { email: uniqueEmail('other'), password: 'wrong password' } }), 401, 'INVALID_CREDENTIALS');
  });

  it('SIGTERM exits 0 and stops the embedded PostgreSQL; a restart keeps the data and seeds nothing twice', { timeout: 120_000 }, async () => {
    if (!app) throw new Error('not started');
    const client = new ApiClient(app.url);
    const keeper = await registerUser(client, 'Keeper');
    const project = expectSuccess<Project>(
      await client.call(endpoints.createProject, { auth: keeper.token, params: { workspaceId: keeper.workspace.id }, json: { name: 'Survives restarts' } }),
      endpoints.createProject,
    );
    const before = await demoProjects(client);
    const pid = await postmasterPid(dataDir);
    expect(pid, 'postmaster.pid while running').not.toBeNull();

    const exit = await app.stop();
    app = undefined;
    // Soft, so a wrong exit code still lets the checks below tell whether PostgreSQL stopped and data survived.
    expect.soft(exit, 'exit on SIGTERM').toEqual({ code: 0, signal: null });
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')), 'postmaster.pid after exit').toBe(false);
    expect(isAlive(pid ?? -1), 'the postmaster process after exit').toBe(false);

    app = await startApp({ dataDir, env: ENV });
    const restarted = new ApiClient(app.url);
    const after = await demoProjects(restarted);
    expect(after.workspaces).toHaveLength(before.workspaces.length);
    expect(after.projects.map((item) => item.id)).toEqual(before.projects.map((item) => item.id));
    const session = expectSuccess<LoginResponse>(await restarted.call(endpoints.login, { json: { email: keeper.email, password: keeper.password } }), endpoints.login);
    const kept = expectSuccess<Project>(await restarted.call(endpoints.getProject, { auth: session.token, params: { projectId: project.id } }), endpoints.getProject);
    expect(kept.name).toBe('Survives restarts');
    // Sessions are stored, so the one issued before the restart still works.
    expectSuccess(await restarted.call(endpoints.me, { auth: keeper.token }), endpoints.me);
  });

  it('the 6th registration from one address within the hour answers 429 RATE_LIMITED (REGISTER_RATE_LIMIT_PER_HOUR=5)', async () => {
    if (!app) throw new Error('not started');
    const client = new ApiClient(app.url);
    // The restart above reset the in-memory counters; no registration has happened since.
    for (let attempt = 1; attempt <= 5; attempt++) await registerUser(client, `Registrant ${attempt}`);
    const sixth = await client.call(endpoints.register, { json: { email: uniqueEmail('sixth'), password: 'correct horse battery', name: 'Sixth' } });
    expectError(sixth, 429, 'RATE_LIMITED');
  });
});

describe('invalid configuration', () => {
  it.each([
    ['PORT=abc', { PORT: 'abc' }, 'PORT'],
    ['LOG_LEVEL=loud', { LOG_LEVEL: 'loud', PORT: '0' }, 'LOG_LEVEL'],
    ['MAX_UPLOAD_BYTES=-5', { MAX_UPLOAD_BYTES: '-5', PORT: '0' }, 'MAX_UPLOAD_BYTES'],
  ])('%s exits 1 with a message naming the variable', async (_label, env, variable) => {
    const dataDir = await makeDataDir('config');
    try {
      const result = await runUntilExit({ DATA_DIR: dataDir, ...env });
      expect(result.code, result.output).toBe(1);
      expect(result.output).toContain(variable);
      expect(result.output).not.toContain('Outcome Atlas is running');
      // Refused before touching the data directory's database.
      expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false);
    } finally {
      await removeDataDir(dataDir);
    }
  });
});

describe('with DATABASE_URL', () => {
  it('uses that server, starts no PostgreSQL and leaves DATA_DIR untouched', { timeout: 120_000 }, async () => {
    const parent = await makeDataDir('external-db');
    const dataDir = path.join(parent, 'never-created');
    const app = await startApp({ dataDir, env: { DATABASE_URL: inject('databaseUrl') } });
    try {
      const health = expectSuccess<Health>(await new ApiClient(app.url).call(endpoints.health), endpoints.health);
      expect(health.checks.database).toMatchObject({ status: 'up', embedded: false });
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await app.stop();
      await removeDataDir(parent);
    }
  });
});
