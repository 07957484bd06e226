/**
 * Content checks on an article's syntax tree: structure, filler, and text copied
 * from Microsoft's description. Pure: takes parsed input, returns problems.
 */
import type {Heading, Root, RootContent, Link, ListItem} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import type {Problem} from './schema';

/** The body's `##` sections, in order. */
export const REQUIRED_SECTIONS = [
  'What it means',
  'Common causes',
  'Diagnostic steps',
  'How to fix',
  'What to include in a support ticket',
  'Related errors',
  'References',
] as const;

export const FIX_AUDIENCE_HEADINGS = ['For developers', 'For administrators', 'For users'] as const;

export const MIN_CAUSES = 2;
export const MIN_STEPS = 2;
/** A run of this many words shared with Microsoft's description counts as copied. */
export const COPIED_RUN_WORDS = 12;
/** Shortest honest article: a rare code still gets its causes, steps and what to collect. */
export const MIN_WORDS = 150;

/** Text left by generators and scaffolds; never acceptable in a published article. */
const FILLER: {pattern: RegExp; label: string}[] = [
  {pattern: /could not be generated/i, label: 'generator failure text "could not be generated"'},
  {pattern: /\bCertainly!/i, label: 'chat filler "Certainly!"'},
  {pattern: /\bTODO\b/, label: 'placeholder "TODO"'},
  {pattern: /\bFIXME\b|\bTBD\b/, label: 'placeholder "FIXME"/"TBD"'},
  {pattern: /lorem ipsum/i, label: 'placeholder "Lorem ipsum"'},
  {pattern: /perform (the )?necessary actions/i, label: 'generic step "Perform necessary actions"'},
  {pattern: /by following this guide/i, label: 'filler "By following this guide"'},
  {pattern: /this guide will help/i, label: 'filler "This guide will help"'},
  {pattern: /\bWRITE ME\b/, label: 'scaffold marker "WRITE ME"'},
  {pattern: /check (your|the) configuration\b/i, label: 'generic advice "check the configuration"'},
  {pattern: /review the logs\b/i, label: 'generic advice "review the logs"'},
  {pattern: /for further assistance/i, label: 'generic advice "for further assistance"'},
  {pattern: /(are|is) configured correctly/i, label: 'generic advice "configured correctly"'},
];

export interface LintInput {
  file: string;
  tree: Root;
  code?: string;
  related?: readonly string[];
  /** Microsoft's description of this code, when the reference lists it. */
  referenceDescription?: string;
}

const line = (node: {position?: {start: {line: number}}}) => node.position?.start.line;

export function isJsx(node: RootContent, name: string): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && node.name === name;
}

interface Section {
  heading: Heading;
  title: string;
  body: RootContent[];
}

/** Splits a list of nodes at headings of the given depth. */
export function splitSections(nodes: readonly RootContent[], depth: number): {intro: RootContent[]; sections: Section[]} {
  const intro: RootContent[] = [];
  const sections: Section[] = [];
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === depth) {
      sections.push({heading: node, title: toString(node).trim(), body: []});
    } else {
      (sections.at(-1)?.body ?? intro).push(node);
    }
  }
  return {intro, sections};
}

const hasText = (nodes: readonly RootContent[]) =>
  nodes.some((node) => node.type !== 'heading' && (toString(node).trim() !== '' || node.type === 'mdxJsxFlowElement'));

/** Words for copy detection: lower case, letters and digits only. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/** The first run of `size` words the text shares with the source, if any. */
export function findCopiedRun(text: string, source: string, size = COPIED_RUN_WORDS): string | undefined {
  const sourceWords = words(source);
  if (sourceWords.length < size) return undefined;
  const shingles = new Set<string>();
  for (let i = 0; i + size <= sourceWords.length; i += 1) shingles.add(sourceWords.slice(i, i + size).join(' '));
  const textWords = words(text);
  for (let i = 0; i + size <= textWords.length; i += 1) {
    const run = textWords.slice(i, i + size).join(' ');
    if (shingles.has(run)) return run;
  }
  return undefined;
}

/** Codes linked from a list of nodes as `./AADSTS<code>.mdx` or `/errors/AADSTS<code>`. */
export function linkedCodes(nodes: readonly RootContent[]): string[] {
  const codes: string[] = [];
  for (const node of nodes) {
    visit(node, 'link', (link: Link) => {
      const match = /(?:^|\/)AADSTS(\d+)(?:\.mdx?)?(?:#.*)?$/i.exec(link.url);
      if (match && !codes.includes(match[1]!)) codes.push(match[1]!);
    });
  }
  return codes;
}

export function lintArticleBody(input: LintInput): Problem[] {
  const {file, tree} = input;
  const problems: Problem[] = [];
  const report = (field: string, message: string, fix: string, node?: {position?: {start: {line: number}}}) =>
    problems.push({file, field, message, fix, line: node ? line(node) : undefined});

  const body = tree.children.filter((node) => node.type !== 'yaml');

  // Headings: no title inside the body, no duplicates, none that reads as half a sentence.
  const headingTexts = new Map<string, number | undefined>();
  visit(tree, 'heading', (heading: Heading) => {
    const text = toString(heading).trim();
    if (heading.depth === 1) {
      report('body', `level-1 heading "${text}" in the body`, 'remove it; the page title comes from the title field', heading);
    }
    if (text === '') report('body', 'empty heading', 'give the heading a title or remove it', heading);
    if (/[:,;-]$/.test(text) || /^[a-z]/.test(text)) {
      report('body', `heading "${text}" reads as a broken sentence`, 'write the heading as a complete short title on one line', heading);
    }
    const key = text.toLowerCase();
    if (headingTexts.has(key)) {
      report('body', `duplicate heading "${text}" (also on line ${headingTexts.get(key) ?? '?'})`, 'merge the two sections or give each a distinct title', heading);
    } else {
      headingTexts.set(key, line(heading));
    }
  });

  // Filler and placeholders anywhere in the text.
  visit(tree, (node) => {
    if (node.type !== 'text' && node.type !== 'inlineCode') return;
    const value = (node as {value: string}).value;
    for (const {pattern, label} of FILLER) {
      if (pattern.test(value)) {
        report('body', `contains ${label}`, 'replace it with specific content for this code: the field, value, setting or request to look at', node);
      }
    }
  });

  // Sections: all required, in order, none unknown, none empty.
  const {intro, sections} = splitSections(body, 2);
  if (hasText(intro)) {
    report('body', 'text before the first section', `start the body with "## ${REQUIRED_SECTIONS[0]}"`, intro[0]);
  }
  const titles = sections.map((section) => section.title);
  for (const section of sections) {
    if (!(REQUIRED_SECTIONS as readonly string[]).includes(section.title)) {
      report('body', `unknown section "${section.title}"`, `use only these sections, in order: ${REQUIRED_SECTIONS.join(' · ')}`, section.heading);
    } else if (!hasText(section.body)) {
      report(`section "${section.title}"`, 'section is empty', 'write it, or say plainly what is known for this code', section.heading);
    }
  }
  const missing = REQUIRED_SECTIONS.filter((title) => !titles.includes(title));
  for (const title of missing) {
    report(`section "${title}"`, 'missing required section', `add "## ${title}" in its place: ${REQUIRED_SECTIONS.join(' · ')}`);
  }
  const present = titles.filter((title) => (REQUIRED_SECTIONS as readonly string[]).includes(title));
  const expectedOrder = REQUIRED_SECTIONS.filter((title) => present.includes(title));
  if (present.join('\n') !== expectedOrder.join('\n')) {
    report('body', `sections out of order (${present.join(' · ')})`, `order them: ${REQUIRED_SECTIONS.join(' · ')}`);
  }
  const section = (title: string) => sections.find((candidate) => candidate.title === title);

  // Common causes: a CauseChecklist holding a task list of at least MIN_CAUSES items.
  const causes = section('Common causes');
  if (causes) {
    const checklist = causes.body.find((node) => isJsx(node, 'CauseChecklist')) as MdxJsxFlowElement | undefined;
    const items = checklist ? taskItems(checklist) : [];
    if (!checklist) {
      report('section "Common causes"', 'no <CauseChecklist>', 'wrap a task list ("- [ ] cause") in <CauseChecklist>, with blank lines around the tags', causes.heading);
    } else if (items.length < MIN_CAUSES) {
      report('section "Common causes"', `<CauseChecklist> has ${items.length} task item(s), at least ${MIN_CAUSES} needed`, 'list each cause as "- [ ] cause", one per line', checklist);
    }
  }

  // Diagnostic steps: a DiagnosticSteps whose ### headings are at least MIN_STEPS non-empty steps.
  const diagnostics = section('Diagnostic steps');
  if (diagnostics) {
    const steps = diagnostics.body.find((node) => isJsx(node, 'DiagnosticSteps')) as MdxJsxFlowElement | undefined;
    if (!steps) {
      report('section "Diagnostic steps"', 'no <DiagnosticSteps>', 'wrap "### Step title" sections in <DiagnosticSteps>, with blank lines around the tags', diagnostics.heading);
    } else {
      const split = splitSections(steps.children as RootContent[], 3);
      if (hasText(split.intro)) {
        report('section "Diagnostic steps"', 'text inside <DiagnosticSteps> before the first ### step', 'move it above <DiagnosticSteps> or into a step', split.intro[0]);
      }
      if (split.sections.length < MIN_STEPS) {
        report('section "Diagnostic steps"', `<DiagnosticSteps> has ${split.sections.length} step(s), at least ${MIN_STEPS} needed`, 'give each step a "### title" followed by what to do', steps);
      }
      for (const step of split.sections) {
        if (!hasText(step.body)) report('section "Diagnostic steps"', `step "${step.title}" is empty`, 'say where to look and what a good and a bad value look like', step.heading);
      }
    }
  }

  // How to fix: one ### per audience that can act, each with content.
  const fix = section('How to fix');
  if (fix) {
    const split = splitSections(fix.body, 3);
    if (split.sections.length === 0) {
      report('section "How to fix"', 'no audience subsection', `add at least one of: ${FIX_AUDIENCE_HEADINGS.map((title) => `### ${title}`).join(', ')}`, fix.heading);
    }
    for (const sub of split.sections) {
      if (!(FIX_AUDIENCE_HEADINGS as readonly string[]).includes(sub.title)) {
        report('section "How to fix"', `unknown subsection "${sub.title}"`, `use ${FIX_AUDIENCE_HEADINGS.map((title) => `"### ${title}"`).join(', ')}`, sub.heading);
      } else if (!hasText(sub.body)) {
        report('section "How to fix"', `subsection "${sub.title}" is empty`, 'write the fix, or remove the subsection when that audience cannot act', sub.heading);
      }
    }
  }

  // Related errors: the links and the related field name the same codes.
  const related = section('Related errors');
  if (related && input.related) {
    const linked = linkedCodes(related.body);
    for (const code of input.related) {
      if (!linked.includes(code)) {
        report('section "Related errors"', `related code ${code} is not linked`, `add "- [AADSTS${code}](./AADSTS${code}.mdx): how it differs"`, related.heading);
      }
    }
    for (const code of linked) {
      if (!input.related.includes(code)) {
        report('related', `AADSTS${code} is linked under "Related errors" but not listed in related`, `add "${code}" to the related field, or remove the link`, related.heading);
      }
    }
  }

  // References: at least one link out.
  const references = section('References');
  if (references && linksIn(references.body).every((url) => !/^https:\/\//.test(url))) {
    report('section "References"', 'no https link', 'link the official documentation this article relies on, each with what it explains', references.heading);
  }

  const bodyText = toString({type: 'root', children: body} as Root);
  const wordCount = words(bodyText).length;
  if (wordCount < MIN_WORDS) {
    report('body', `only ${wordCount} words (at least ${MIN_WORDS})`, 'say where the error appears, what to check and what to collect for a support case');
  }

  // Nothing copied from Microsoft's description.
  if (input.referenceDescription) {
    const copied = findCopiedRun(bodyText, input.referenceDescription);
    if (copied) {
      report('body', `${COPIED_RUN_WORDS} or more words copied from Microsoft's description ("${copied}")`, 'write the sentence in your own words');
    }
  }
  return problems;
}

function linksIn(nodes: readonly RootContent[]): string[] {
  const urls: string[] = [];
  for (const node of nodes) visit(node, 'link', (link: Link) => void urls.push(link.url));
  return urls;
}

/** Task-list items (`- [ ] …`) directly inside a component. */
export function taskItems(element: MdxJsxFlowElement): ListItem[] {
  return element.children
    .filter((node) => node.type === 'list')
    .flatMap((list) => (list.type === 'list' ? list.children : []))
    .filter((item) => item.checked === false || item.checked === true);
}
