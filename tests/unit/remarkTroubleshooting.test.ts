import {describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {parseArticle} from '../../src/catalog/article';
import remarkTroubleshooting from '../../src/plugins/remark-troubleshooting';

function transform(source: string): Root {
  const {tree} = parseArticle(source);
  remarkTroubleshooting()(tree);
  return tree;
}

function elements(tree: Root, name: string): (MdxJsxFlowElement | MdxJsxTextElement)[] {
  const found: (MdxJsxFlowElement | MdxJsxTextElement)[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name) found.push(node);
  });
  return found;
}

const attribute = (element: MdxJsxFlowElement | MdxJsxTextElement, name: string) =>
  element.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name)?.value;

describe('remark-troubleshooting', () => {
  it('groups each ### of DiagnosticSteps into a numbered step that starts with its heading', () => {
    const tree = transform('<DiagnosticSteps>\n\n### First\n\nDo this.\n\n#### Detail\n\nMore.\n\n### Second\n\nThen that.\n\n</DiagnosticSteps>\n');
    const steps = elements(tree, 'DiagnosticStep');
    expect(steps).toHaveLength(2);
    expect(steps.map((step) => (attribute(step, 'index') as {value: string}).value)).toEqual(['1', '2']);
    expect(steps.every((step) => (attribute(step, 'total') as {value: string}).value === '2')).toBe(true);
    expect(steps[0]!.children[0]).toMatchObject({type: 'heading', depth: 3});
    // The #### stays inside its step, so a hash naming it opens that step.
    expect(steps[0]!.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('wraps each task item of CauseChecklist with its index and plain text, dropping the GFM checkbox', () => {
    const tree = transform('<CauseChecklist>\n\n- [ ] The `redirect_uri` differs.\n- [x] A [link](https://example.com) here.\n- plain item\n\n</CauseChecklist>\n');
    const items = elements(tree, 'CauseChecklistItem');
    expect(items.map((item) => attribute(item, 'text'))).toEqual(['The redirect_uri differs.', 'A link here.']);
    expect(items.map((item) => (attribute(item, 'index') as {value: string}).value)).toEqual(['0', '1']);
    const checked: unknown[] = [];
    visit(tree, 'listItem', (item) => void checked.push(item.checked));
    expect(checked).toEqual([null, null, null]);
  });

  it('leaves other content alone', () => {
    const tree = transform('## Title\n\n- [ ] outside a checklist\n\n### Not a step\n');
    expect(elements(tree, 'DiagnosticStep')).toHaveLength(0);
    expect(elements(tree, 'CauseChecklistItem')).toHaveLength(0);
  });
});

describe('remark-related-backlinks', () => {
  it('lists the articles that relate to a code, minus those it already relates to', async () => {
    const {backlinksFor, backlinksParagraph} = await import('../../src/plugins/remark-related-backlinks');
    const entry = (code: string, related: string[], name = `Name${code}`) =>
      ({code, name, title: `AADSTS${code}: ${name}`, related}) as unknown as import('../../src/catalog/catalog').CatalogEntry;
    const entries = [entry('1', ['2']), entry('2', ['1']), entry('3', ['2']), entry('4', ['2'], '')];
    expect(backlinksFor('2', entries)).toEqual([
      {code: '3', label: 'Name3'},
      {code: '4', label: ''},
    ]);
    expect(backlinksFor('3', entries)).toEqual([]);
    const paragraph = backlinksParagraph(backlinksFor('2', entries));
    expect(paragraph.children.filter((node) => node.type === 'link').map((node) => (node as {url: string}).url)).toEqual(['/errors/AADSTS3', '/errors/AADSTS4']);
  });
});
