/**
 * Playwright's webServer: starts the built app on a fresh DATA_DIR with the demo seed, on the
 * port in PORT, and keeps running until SIGTERM/SIGINT, which it forwards to the app before
 * removing the data dir. Run by plain Node (type stripping), hence the `.ts` import.
 */
import { freePort, makeDataDir, removeDataDir, startApp, type RunningApp } from './app-process.ts';

const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0) {
  console.error('web-server: set PORT to the port the app should listen on');
  process.exit(2);
}

const dataDir = await makeDataDir('web');
let app: RunningApp;
try {
  app = await startApp({
    dataDir,
    port,
    // Its own process group: Playwright signals our group, and the app must see exactly one SIGTERM.
    detached: true,
    env: {
      SEED_DEMO: 'true',
      EMBEDDED_PG_PORT: String(await freePort()),
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      REGISTER_RATE_LIMIT_PER_HOUR: '10000',
    },
  });
} catch (error) {
  await removeDataDir(dataDir);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

let stopping = false;
const serverErrors = () => app.output().split('\n').filter((line) => /"level":(50|60)/.test(line));

async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  const exit = await app.stop().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return null;
  });
  await removeDataDir(dataDir);
  const errors = serverErrors();
  if (errors.length > 0) console.error(`web-server: the app logged ${errors.length} server error(s):\n${errors.slice(0, 5).join('\n')}`);
  process.exit(exit?.code === 0 && errors.length === 0 ? 0 : signal === 'SIGINT' ? 130 : 1);
}

process.once('SIGTERM', () => void stop('SIGTERM'));
process.once('SIGINT', () => void stop('SIGINT'));

void app.exited.then(async ({ code, signal }) => {
  if (stopping) return;
  console.error(`web-server: the app exited unexpectedly (code ${code}, signal ${signal}). Output:\n${app.output()}`);
  await removeDataDir(dataDir);
  process.exit(1);
});

console.log(`web-server: Outcome Atlas is ready at ${app.url} (DATA_DIR ${dataDir})`);
