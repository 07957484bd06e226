#!/usr/bin/env node
/**
 * npm run test:subpath: builds the site for https://help.example.com/help/ into
 * build-subpath/ and runs tests/e2e/subpath.spec.ts against it served under /help/.
 */
import {spawnSync} from 'node:child_process';

const env = {...process.env, SITE_URL: 'https://help.example.com', BASE_URL: '/help/'};
const run = (command, args) => {
  const result = spawnSync(command, args, {stdio: 'inherit', env});
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['docusaurus', 'build', '--out-dir', 'build-subpath']);
run('npx', ['playwright', 'test', '--config', 'playwright.subpath.config.ts']);
