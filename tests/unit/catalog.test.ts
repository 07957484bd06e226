import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildCatalog} from '../../src/catalog/catalog';
import {readArticles, readReference} from '../../src/catalog/load';
import {formatProblem} from '../../src/catalog/schema';

const fixtures = path.join(__dirname, '..', 'fixtures', 'articles');
const reference = readReference();

/** Builds the catalog of one fixture folder and returns its problems as the lines the build prints. */
function problemsOf(folder: string): string[] {
  const {problems} = buildCatalog(readArticles(path.join(fixtures, folder), '.'), reference);
  return problems.map(formatProblem);
}

describe('front matter and catalog rules', () => {
  it('accepts the valid fixtures and derives their entries', () => {
    const {entries, problems} = buildCatalog(readArticles(path.join(fixtures, 'valid'), '.'), reference);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.map((entry) => entry.code)).toEqual(['50068', '50070']);
    const entry = entries.find((candidate) => candidate.code === '50070')!;
    expect(entry.path).toBe('/errors/AADSTS50070');
    expect(entry.causes).toHaveLength(2);
    expect(entry.steps).toEqual(['Capture the logout request', 'Compare it with the sign-in assertion']);
  });

  it.each([
    ['missing-field', 'AADSTS50070.mdx: category: missing required field. Fix: use one of: sign-in,'],
    ['unknown-field', 'AADSTS50070.mdx: severity: unknown field. Fix: remove it, or rename it to one of: code,'],
    ['wrong-type', 'AADSTS50070.mdx: transient: invalid value "no". Fix: write true or false'],
    ['unknown-category', 'AADSTS50070.mdx: category: invalid value "logout". Fix: use one of:'],
    ['unknown-audience', 'AADSTS50070.mdx: audience: invalid item "helpdesk" (item 2 of the list). Fix: list who can fix it'],
    ['name-mismatch', 'AADSTS50070.mdx: name: "SignOutUnknownSession" differs from the reference name "SignoutUnknownSessionIdentifier". Fix: write name: SignoutUnknownSessionIdentifier.'],
    ['bad-title', 'AADSTS50070.mdx: title: "Sign-out failed (50070)" is not of the form "AADSTS50070: …". Fix: write title: "AADSTS50070: SignoutUnknownSessionIdentifier".'],
    ['related-missing', 'AADSTS50070.mdx: related: AADSTS50071 has no article. Fix: write docs/errors/AADSTS50071.mdx first'],
    ['summary-too-long', 'AADSTS50070.mdx: summary: too long (265 characters, at most 200). Fix: write one plain sentence'],
    ['code-mismatch', 'AADSTS50071.mdx: code: "50070" differs from the file name\'s code 50071. Fix: write code: "50071", or rename the file to AADSTS50070.mdx.'],
    ['duplicate-code', 'AADSTS50070.mdx: code: duplicate code 50070, also in AADSTS50068.mdx. Fix: keep one article per code'],
  ])('%s: fails with one line naming file, field and fix', (folder, expected) => {
    const problems = problemsOf(folder);
    expect(problems.some((line) => line.startsWith(expected))).toBe(true);
    for (const line of problems) expect(line).toMatch(/^AADSTS\d+\.mdx(:\d+)?: [^:]+: .+\. Fix: .+\.$/);
  });

  it('reports every defect of a file, not only the first', () => {
    const problems = problemsOf('summary-too-long');
    expect(problems).toHaveLength(1);
    const seed = buildCatalog([{file: 'x/AADSTS50070.mdx', source: '---\ncode: 50070\ncategory: nope\n---\n'}], reference).problems;
    expect(seed.map((problem) => problem.field)).toEqual(expect.arrayContaining(['code', 'category', 'name', 'title', 'summary', 'audience']));
  });

  it('reports a file that does not parse as MDX, with its line', () => {
    const {problems} = buildCatalog([{file: 'AADSTS50070.mdx', source: '---\ncode: "50070"\n---\n\n## What it means\n\nA {broken expression\n'}], reference);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({field: 'syntax', line: 7});
  });
});
