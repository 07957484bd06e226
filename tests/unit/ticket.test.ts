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
