import {describe, expect, it} from 'vitest';
import type {Element, Root} from 'hast';
import {VFile} from 'vfile';
import rehypeCodeHighlight, {grammarFor, highlight} from '../../src/plugins/rehype-code-highlight';

function block(language: string | undefined, code: string): Root {
  const codeElement: Element = {
    type: 'element',
    tagName: 'code',
    properties: language ? {className: [`language-${language}`]} : {},
    children: [{type: 'text', value: code}],
  };
  return {type: 'root', children: [{type: 'element', tagName: 'pre', properties: {}, children: [codeElement]}]};
}

const codeOf = (tree: Root) => ((tree.children[0] as Element).children[0] as Element);

function tokens(node: Element): {types: string[]; text: string}[] {
  return node.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    const classes = (child.properties.className as string[]).filter((name) => name !== 'token');
    const text = (function textOf(element: Element): string {
      return element.children.map((part) => (part.type === 'text' ? part.value : part.type === 'element' ? textOf(part) : '')).join('');
    })(child);
    return [{types: classes, text}, ...tokens(child)];
  });
}

describe('rehype-code-highlight', () => {
  it('turns a PowerShell block into token spans, keeping every character', () => {
    const source = 'Get-MgUser -UserId "jdoe@contoso.com" # who\n$user.Id';
    const tree = block('powershell', source);
    rehypeCodeHighlight()(tree, new VFile({path: 'docs/errors/AADSTS1.mdx'}));
    const found = tokens(codeOf(tree));
    expect(found).toContainEqual({types: ['function'], text: 'Get-MgUser'});
    expect(found).toContainEqual({types: ['string'], text: '"jdoe@contoso.com"'});
    expect(found).toContainEqual({types: ['comment'], text: '# who'});
    expect(found.some((token) => token.types.includes('variable') && token.text === '$user')).toBe(true);
    const text = (function textOf(element: Element): string {
      return element.children.map((part) => (part.type === 'text' ? part.value : part.type === 'element' ? textOf(part) : '')).join('');
    })(codeOf(tree));
    expect(text).toBe(source);
  });

  it('highlights HTTP and JSON, the other languages articles use', () => {
    expect(tokens({type: 'element', tagName: 'code', properties: {}, children: highlight('GET /authorize HTTP/1.1\nHost: login.microsoftonline.com', 'http')}).map((token) => token.types[0])).toContain('request-line');
    expect(tokens({type: 'element', tagName: 'code', properties: {}, children: highlight('{"error": "invalid_grant"}', 'json')}).map((token) => token.types[0])).toEqual(expect.arrayContaining(['property', 'string']));
  });

  it('leaves text blocks and blocks without a language as plain text', () => {
    for (const language of ['text', undefined]) {
      const tree = block(language, '<script>alert(1)</script>');
      rehypeCodeHighlight()(tree, new VFile({path: 'x.mdx'}));
      expect(codeOf(tree).children).toEqual([{type: 'text', value: '<script>alert(1)</script>'}]);
    }
  });

  it('fails on a language Prism does not know, naming the file, the language and the fix', () => {
    expect(grammarFor('no-such-language')).toBeUndefined();
    expect(() => rehypeCodeHighlight()(block('no-such-language', 'x'), new VFile({path: 'docs/errors/AADSTS50011.mdx'}))).toThrow(
      /docs\/errors\/AADSTS50011\.mdx: code block: the language "no-such-language" is not one Prism knows\. Fix: .*`text`/,
    );
  });
});
