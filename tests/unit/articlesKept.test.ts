import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.join(__dirname, '..', '..');
const inGit = existsSync(path.join(ROOT, '.git'));

describe('articles are never deleted', () => {
  // Support tickets link to articles for years: a code Microsoft retires keeps its page
  // with `status: retired`. Deleting or renaming an article file fails here.
  it.skipIf(!inGit)('no commit removed a file under docs/errors/', () => {
    const removed = execFileSync('git', ['log', '--diff-filter=DR', '--name-status', '--format=%h %s', '--', 'docs/errors'], {cwd: ROOT, encoding: 'utf8'});
    expect(removed.trim(), `restore these articles and mark them status: retired instead:\n${removed}`).toBe('');
  });
});
