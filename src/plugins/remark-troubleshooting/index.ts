/**
 * Gives the troubleshooting components their structure at build time, so the HTML is
 * complete without JavaScript:
 * - `<DiagnosticSteps>`: each `###` heading and the content up to the next one become a
 *   `<DiagnosticStep index total>` whose first child is that heading.
 * - `<CauseChecklist>`: each task-list item's text is wrapped in `<CauseChecklistItem
 *   index text>`, and GFM's read-only checkbox is dropped (the item renders its own).
 * Runs after Docusaurus's heading plugin, so headings already carry their ids.
 */
import type {Heading, ListItem, Paragraph, PhrasingContent, Root, RootContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';

function numberAttribute(name: string, value: number): MdxJsxAttribute {
  // The expression `{2}`, with the estree the MDX compiler reads it from.
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: String(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          comments: [],
          body: [{type: 'ExpressionStatement', expression: {type: 'Literal', value, raw: String(value)}}],
        },
      },
    },
  };
}

function stringAttribute(name: string, value: string): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

function groupSteps(element: MdxJsxFlowElement): void {
  const children = element.children as RootContent[];
  const headings = children.filter((node): node is Heading => node.type === 'heading' && node.depth === 3);
  const total = headings.length;
  if (total === 0) return;
  const grouped: RootContent[] = [];
  let current: MdxJsxFlowElement | undefined;
  for (const node of children) {
    if (node.type === 'heading' && node.depth === 3) {
      const index = headings.indexOf(node) + 1;
      current = {
        type: 'mdxJsxFlowElement',
        name: 'DiagnosticStep',
        attributes: [numberAttribute('index', index), numberAttribute('total', total)],
        children: [node],
      };
      grouped.push(current);
    } else if (current) {
      current.children.push(node as MdxJsxFlowElement['children'][number]);
    } else {
      grouped.push(node);
    }
  }
  element.children = grouped as MdxJsxFlowElement['children'];
  element.attributes.push(numberAttribute('total', total));
}

function wrapChecklistItems(element: MdxJsxFlowElement): void {
  let index = 0;
  visit(element, 'listItem', (item: ListItem) => {
    if (item.checked !== true && item.checked !== false) return;
    const [first] = item.children;
    if (!first || first.type !== 'paragraph') return;
    const paragraph = first as Paragraph;
    const wrapper: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'CauseChecklistItem',
      attributes: [numberAttribute('index', index), stringAttribute('text', toString(paragraph).trim())],
      children: paragraph.children as PhrasingContent[],
    };
    paragraph.children = [wrapper];
    item.checked = null;
    index += 1;
  });
}

export default function remarkTroubleshooting() {
  return (tree: Root): void => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name === 'DiagnosticSteps') groupSteps(node);
      if (node.name === 'CauseChecklist') wrapChecklistItems(node);
    });
  };
}
