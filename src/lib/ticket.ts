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
