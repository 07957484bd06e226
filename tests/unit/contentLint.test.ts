import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildCatalog} from '../../src/catalog/catalog';
import {findCopiedRun} from '../../src/catalog/contentLint';
import {readReference} from '../../src/catalog/load';
import {formatProblem} from '../../src/catalog/schema';
import {scaffoldArticle} from '../../src/catalog/scaffold';

const fixtures = path.join(__dirname, '..', 'fixtures');
const reference = readReference();
const valid = readFileSync(path.join(fixtures, 'articles', 'valid', 'AADSTS50070.mdx'), 'utf8');
const related = readFileSync(path.join(fixtures, 'articles', 'valid', 'AADSTS50068.mdx'), 'utf8');

function lint(source: string, file = 'docs/errors/AADSTS50070.mdx'): string[] {
  const {problems} = buildCatalog(
    [
      {file, source},
      {file: 'docs/errors/AADSTS50068.mdx', source: related},
    ],
    reference,
  );
  return problems.filter((problem) => problem.file === file).map(formatProblem);
}

describe('content rules', () => {
  it('passes the valid article', () => {
    expect(lint(valid)).toEqual([]);
  });

  it('requires every section', () => {
    const problems = lint(valid.replace(/## What to include in a support ticket[\s\S]*?(?=## Related errors)/, ''));
    expect(problems).toContainEqual(expect.stringContaining('section "What to include in a support ticket": missing required section'));
  });

  it('requires the sections in order', () => {
    const swapped = valid.replace('## What it means', '## TEMP').replace('## Common causes', '## What it means').replace('## TEMP', '## Common causes');
    expect(lint(swapped)).toContainEqual(expect.stringContaining('sections out of order'));
  });

  it('rejects an unknown section', () => {
    expect(lint(valid.replace('## References', '## Prerequisites\n\nAccess to the portal.\n\n## References'))).toContainEqual(
      expect.stringContaining('unknown section "Prerequisites"'),
    );
  });

  it('rejects an empty section', () => {
    const emptied = valid.replace(/## What it means\n\n.*\n/, '## What it means\n\n');
    expect(lint(emptied)).toContainEqual(expect.stringContaining('section "What it means": section is empty'));
  });

  it('rejects duplicate headings', () => {
    const doubled = valid.replace('### Compare it with the sign-in assertion', '### Capture the logout request');
    expect(lint(doubled)).toContainEqual(expect.stringContaining('duplicate heading "Capture the logout request"'));
  });

  it.each([
    ['Troubleshooting steps could not be generated due to an error.', 'could not be generated'],
    ['Certainly! Here is the fix.', 'Certainly!'],
    ['TODO: write this.', 'TODO'],
    ['Lorem ipsum dolor sit amet.', 'Lorem ipsum'],
    ['Perform necessary actions as described for the error.', 'Perform necessary actions'],
    ['By following this guide, you will fix it.', 'By following this guide'],
  ])('rejects filler %j', (sentence, label) => {
    const problems = lint(valid.replace('so the sign-out stopped on an error page.', `so the sign-out stopped on an error page. ${sentence}`));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`:18: body: contains .*${label.replace('!', '!')}`)));
  });

  it('needs at least two causes in the CauseChecklist', () => {
    const one = valid.replace(/- \[ \] The app sends.*\n/, '');
    expect(lint(one)).toContainEqual(expect.stringContaining('<CauseChecklist> has 1 task item(s), at least 2 needed'));
  });

  it('needs at least two steps in DiagnosticSteps', () => {
    const one = valid.replace(/### Compare it with the sign-in assertion\n\n.*\n/, '');
    expect(lint(one)).toContainEqual(expect.stringContaining('<DiagnosticSteps> has 1 step(s), at least 2 needed'));
  });

  it('keeps Related errors and the related field in step', () => {
    const unlisted = valid.replace('related: ["50068"]', 'related: []');
    expect(lint(unlisted)).toContainEqual(expect.stringContaining('AADSTS50068 is linked under "Related errors" but not listed in related'));
  });

  it('rejects 12 words copied from Microsoft\'s description', () => {
    const copied = valid.replace(
      'so the sign-out stopped on an error page.',
      'so the sign-out stopped. The sign out request specified a name identifier that didn\'t match the existing session(s).',
    );
    expect(lint(copied)).toContainEqual(expect.stringContaining("12 or more words copied from Microsoft's description"));
    expect(findCopiedRun('one two three', 'one two three four five six seven eight nine ten eleven twelve')).toBeUndefined();
  });

  it('rejects a scaffold until it is written', () => {
    const problems = lint(scaffoldArticle('50070', reference.get('50070'), '2026-11-27'));
    expect(problems.filter((line) => line.includes('WRITE ME')).length).toBeGreaterThanOrEqual(5);
    expect(scaffoldArticle('50070', reference.get('50070'))).toContain('title: "AADSTS50070: SignoutUnknownSessionIdentifier"');
  });
});

describe('the generated seed article', () => {
  it('is rejected with a message for each of its defects', () => {
    const seed = readFileSync(path.join(fixtures, 'seed', 'AADSTS50070-generated.md'), 'utf8');
    const {problems} = buildCatalog([{file: 'docs/errors/AADSTS50070-generated.md', source: seed}], reference);
    const lines = problems.map(formatProblem).join('\n');
    // Named as an article would not be, and without the article model.
    expect(lines).toContain('file name: "AADSTS50070-generated.md" is not an article file name');
    expect(lines).toContain('front matter: no front matter');
    // Placeholder text, three times.
    expect(problems.filter((problem) => problem.message.includes('could not be generated'))).toHaveLength(2);
    expect(lines).toContain('contains generic step "Perform necessary actions"');
    // The same heading repeated; headings that break mid-sentence.
    expect(problems.filter((problem) => problem.message.startsWith('duplicate heading "Troubleshooting Steps"'))).toHaveLength(2);
    expect(lines).toContain('heading "Initial Diagnostic Steps:" reads as a broken sentence');
    // Sections that do not belong (the MFA prerequisites) and the ones it lacks.
    expect(lines).toContain('unknown section "Prerequisites"');
    expect(lines).toContain('section "Common causes": missing required section');
    expect(lines).toContain("words copied from Microsoft's description");
  });
});
