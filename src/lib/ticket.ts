/** Text that people paste into support tickets. Pure string builders. */
import {displayCode} from './codes';

export interface TicketArticle {
  code: string;
  name: string;
  title: string;
  summary: string;
  /** Absolute URL of the article. */
  url: string;
}

/** The article's short label: its name, or the title's meaning when there is no name. */
export function articleLabel({code, name, title}: Pick<TicketArticle, 'code' | 'name' | 'title'>): string {
  return name || title.replace(new RegExp(`^${displayCode(code)}:\\s*`), '');
}

/** `[AADSTS50070 — SignoutUnknownSessionIdentifier](https://…/errors/AADSTS50070)` and the summary. */
export function ticketSnippet(article: TicketArticle): string {
  return `[${displayCode(article.code)} — ${articleLabel(article)}](${article.url})\n\n${article.summary}\n`;
}

export interface ChecklistLine {
  text: string;
  checked: boolean;
}

/** The cause checklist as a Markdown task list, headed by the code and the article link. */
export function checklistMarkdown(article: Pick<TicketArticle, 'code' | 'url'>, items: readonly ChecklistLine[]): string {
  const lines = items.map((item) => `- [${item.checked ? 'x' : ' '}] ${item.text.replace(/\s+/g, ' ').trim()}`);
  const checked = items.filter((item) => item.checked).length;
  return `Causes checked for ${displayCode(article.code)} (${article.url}): ${checked} of ${items.length}\n\n${lines.join('\n')}\n`;
}

export interface SummaryCode {
  code: string;
  label: string;
  /** Absolute article URL, or undefined when the code is not documented. */
  url?: string;
  interrupt?: boolean;
}

export interface SummaryInput {
  codes: readonly SummaryCode[];
  /** The code to start with (see primaryCode). */
  primary?: string;
  oauthErrors: readonly string[];
  ids: readonly {label: string; value: string}[];
  /** The primary article's "What to include in a support ticket" items. */
  checklist: readonly string[];
  lookAlikes: readonly string[];
}

/**
 * The code to start with: the first one in the text that is a failure, not an
 * interrupt (a prompt the user completes, such as "Stay signed in?").
 */
export function primaryCode(codes: readonly SummaryCode[]): {code?: string; reason: string} {
  const failure = codes.find((code) => !code.interrupt);
  if (!failure) return codes[0] ? {code: codes[0].code, reason: 'Every code found is a normal sign-in step; start with the first.'} : {reason: 'No AADSTS code found.'};
  const skipped = codes.slice(0, codes.indexOf(failure)).map((code) => displayCode(code.code));
  return {
    code: failure.code,
    reason: skipped.length
      ? `It is the first failure in the text; ${skipped.join(', ')} ${skipped.length > 1 ? 'are normal sign-in steps' : 'is a normal sign-in step'} (interrupt), not the cause.`
      : codes.length > 1
        ? 'It is the first failure in the text; later codes often follow from it.'
        : 'It is the only code in the text.',
  };
}

/** Markdown for a support ticket: codes with links, IDs, and what the article asks to include. */
export function analysisSummaryMarkdown(input: SummaryInput): string {
  const lines = ['**Sign-in error summary**', ''];
  if (input.codes.length) {
    lines.push('Codes, in order of appearance:');
    for (const code of input.codes) {
      const name = code.label ? ` — ${code.label}` : '';
      const link = code.url ? `[${displayCode(code.code)}${name}](${code.url})` : `${displayCode(code.code)}${name} (not documented on this site)`;
      lines.push(`- ${link}${code.code === input.primary ? ' — start here' : ''}`);
    }
  } else {
    lines.push('No AADSTS code found in the text.');
  }
  if (input.oauthErrors.length) lines.push('', `OAuth error: ${input.oauthErrors.map((value) => `\`${value}\``).join(', ')}`);
  if (input.ids.length) {
    lines.push('');
    for (const id of input.ids) lines.push(`- ${id.label}: \`${id.value}\``);
  }
  if (input.lookAlikes.length) lines.push('', `Not AADSTS codes, also in the text: ${input.lookAlikes.join(', ')}`);
  if (input.primary && input.checklist.length) {
    lines.push('', `What to include for ${displayCode(input.primary)}:`);
    for (const item of input.checklist) lines.push(`- [ ] ${item}`);
  }
  return `${lines.join('\n')}\n`;
}
