import {describe, expect, it} from 'vitest';
import {articleLabel, checklistMarkdown, ticketSnippet} from '../../src/lib/ticket';

const article = {
  code: '50070',
  name: 'SignoutUnknownSessionIdentifier',
  title: 'AADSTS50070: SignoutUnknownSessionIdentifier',
  summary: 'Sign-out failed.',
  url: 'https://help.example/errors/AADSTS50070',
};

describe('ticket text', () => {
  it('formats the snippet as a Markdown link and the summary', () => {
    expect(ticketSnippet(article)).toBe(
      '[AADSTS50070 — SignoutUnknownSessionIdentifier](https://help.example/errors/AADSTS50070)\n\nSign-out failed.\n',
    );
  });

  it('uses the title meaning when the code has no name', () => {
    expect(articleLabel({code: '7000215', name: '', title: 'AADSTS7000215: Invalid client secret'})).toBe('Invalid client secret');
  });

  it('writes the checklist as a task list with ticks and a count', () => {
    const text = checklistMarkdown(article, [
      {text: 'First  cause\n spans lines', checked: true},
      {text: 'Second cause', checked: false},
    ]);
    expect(text).toBe(
      'Causes checked for AADSTS50070 (https://help.example/errors/AADSTS50070): 1 of 2\n\n- [x] First cause spans lines\n- [ ] Second cause\n',
    );
  });
});

describe('analysis summary', () => {
  it('starts with the first failure, not an interrupt', async () => {
    const {primaryCode} = await import('../../src/lib/ticket');
    expect(primaryCode([{code: '50140', label: 'KmsiInterrupt', interrupt: true}, {code: '50126', label: 'InvalidUserNameOrPassword'}])).toEqual({
      code: '50126',
      reason: 'It is the first failure in the text; AADSTS50140 is a normal sign-in step (interrupt), not the cause.',
    });
    expect(primaryCode([]).code).toBeUndefined();
  });

  it('writes codes, IDs and the article checklist as Markdown', async () => {
    const {analysisSummaryMarkdown} = await import('../../src/lib/ticket');
    const text = analysisSummaryMarkdown({
      codes: [
        {code: '50011', label: 'InvalidReplyTo', url: 'https://h/errors/AADSTS50011'},
        {code: '99999', label: ''},
      ],
      primary: '50011',
      oauthErrors: ['invalid_request'],
      ids: [{label: 'Trace ID', value: 'abc'}],
      checklist: ['The redirect URI sent'],
      lookAlikes: ['IDX10223'],
    });
    expect(text).toBe(
      [
        '**Sign-in error summary**',
        '',
        'Codes, in order of appearance:',
        '- [AADSTS50011 — InvalidReplyTo](https://h/errors/AADSTS50011) — start here',
        '- AADSTS99999 (not documented on this site)',
        '',
        'OAuth error: `invalid_request`',
        '',
        '- Trace ID: `abc`',
        '',
        'Not AADSTS codes, also in the text: IDX10223',
        '',
        'What to include for AADSTS50011:',
        '- [ ] The redirect URI sent',
        '',
      ].join('\n'),
    );
  });
});
