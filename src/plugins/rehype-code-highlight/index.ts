/**
 * rehype-code-highlight: highlights fenced code blocks at build time with Prism, so the
 * page ships coloured `<span class="token …">` elements and the browser never loads a
 * highlighter (the classic theme tokenises every block on the client; see
 * src/plugins/client-weight for how its Prism module is kept out of the bundle).
 *
 * A block's language is its fence info (```powershell). `text` (or no language) stays
 * plain. A language Prism does not know fails the build, naming the file and the fix.
 */
import type {Element, ElementContent, Root} from 'hast';
import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';

/** Fence languages shown as they are, without tokens. */
export const PLAIN_LANGUAGES: ReadonlySet<string> = new Set(['text', 'txt', 'plain', 'plaintext']);

// loadLanguages prints to the console for a name it does not know; silence it and report once, ourselves.
loadLanguages.silent = true;

/** Prism's grammar for a language name, loading its component on first use; undefined if unknown. */
export function grammarFor(language: string): Prism.Grammar | undefined {
  if (!Prism.languages[language]) loadLanguages([language]);
  const grammar = Prism.languages[language];
  return typeof grammar === 'object' ? (grammar as Prism.Grammar) : undefined;
}

function tokenToHast(token: string | Prism.Token): ElementContent {
  if (typeof token === 'string') return {type: 'text', value: token};
  const aliases = token.alias === undefined ? [] : Array.isArray(token.alias) ? token.alias : [token.alias];
  const content = Array.isArray(token.content) ? token.content : [token.content];
  return {
    type: 'element',
    tagName: 'span',
    properties: {className: ['token', token.type, ...aliases]},
    children: content.map(tokenToHast),
  };
}

/** The hast children of a highlighted block: text and nested token spans. */
export function highlight(code: string, language: string): ElementContent[] {
  const grammar = grammarFor(language);
  if (!grammar) throw new Error(`Unknown code language "${language}"`);
  return Prism.tokenize(code, grammar).map(tokenToHast);
}

function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  const list = Array.isArray(classes) ? classes : [];
  const name = list.map(String).find((value) => value.startsWith('language-'));
  return name?.slice('language-'.length).toLowerCase();
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

export default function rehypeCodeHighlight() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (pre: Element) => {
      if (pre.tagName !== 'pre') return;
      const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (!code) return;
      const language = languageOf(code);
      if (!language || PLAIN_LANGUAGES.has(language)) return;
      if (!grammarFor(language)) {
        throw new Error(
          `${file.path}: code block: the language "${language}" is not one Prism knows. ` +
            'Fix: use a Prism language name (powershell, bash, http, json, kusto, …) or `text` for plain output.',
        );
      }
      code.children = highlight(code.children.map(textOf).join(''), language);
    });
  };
}
