import {existsSync} from 'node:fs';
import {defineConfig} from '@playwright/test';

/**
 * Browser tests run against the production build served on 127.0.0.1 by the same
 * server as `npm run serve`, in Debian's Chromium (never a downloaded browser).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(
    `No Chromium at ${CHROMIUM}. Install Debian's package (sudo apt-get update && sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
}
const PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Needs its own build under a sub-path: npm run test:subpath.
  testIgnore: 'subpath.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  // First use of the search index starts a worker and compiles WebAssembly: allow for a slow CI machine.
  expect: {timeout: 10_000},
  use: {
    baseURL: BASE,
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --host 127.0.0.1`,
    url: `${BASE}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
