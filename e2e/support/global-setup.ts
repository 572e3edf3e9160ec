import type { TestProject } from 'vitest/node';
import { freePort, makeDataDir, removeDataDir, startApp } from './app-process.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  export interface ProvidedContext {
    /** Base URL of the shared app, e.g. http://localhost:41234 */
    apiUrl: string;
    /** Its embedded PostgreSQL, for checks the HTTP API cannot make (tables intact). */
    databaseUrl: string;
  }
}

/** One built app for the whole run, on a fresh DATA_DIR; stopped with SIGTERM at the end. */
export default async function setup(project: TestProject) {
  const dataDir = await makeDataDir('shared');
  const pgPort = await freePort();
  const app = await startApp({
    dataDir,
    env: { EMBEDDED_PG_PORT: String(pgPort), LOGIN_RATE_LIMIT_PER_MINUTE: '10000', REGISTER_RATE_LIMIT_PER_HOUR: '10000' },
  }).catch(async (error: unknown) => {
    await removeDataDir(dataDir);
    throw error;
  });
  project.provide('apiUrl', app.url);
  // The embedded server's fixed loopback credentials (apps/api/src/database/embedded-database.ts).
  project.provide('databaseUrl', `postgres://postgres:outcome-atlas-local@127.0.0.1:${pgPort}/outcome_atlas`);
  return async () => {
    // The exit code on SIGTERM is asserted in api/lifecycle.spec.ts; here we only wait for the exit.
    await app.stop();
    await removeDataDir(dataDir);
    // Every bad request in the suite must be answered as a 4xx; a logged server error fails the run.
    const serverErrors = app.output().split('\n').filter((line) => /"level":(50|60)/.test(line));
    if (serverErrors.length > 0) throw new Error(`The app logged ${serverErrors.length} server error(s):\n${serverErrors.slice(0, 5).join('\n')}`);
  };
}
