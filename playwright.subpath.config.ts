import {defineConfig} from '@playwright/test';
import base from './playwright.config';

/**
 * The site built for a sub-path (BASE_URL=/help/, into build-subpath/) and served
 * under it, as an organisation hosting it at https://example.com/help/ would.
 * Run by scripts/test-subpath.mjs, which builds first.
 */
const PORT = 3220;

export default defineConfig({
  ...base,
  testDir: 'tests/e2e',
  testMatch: 'subpath.spec.ts',
  testIgnore: [],
  use: {...base.use, baseURL: `http://127.0.0.1:${PORT}/help/`},
  webServer: {
    command: `node scripts/serve.mjs --dir build-subpath --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/help/`,
    env: {BASE_URL: '/help/'},
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
