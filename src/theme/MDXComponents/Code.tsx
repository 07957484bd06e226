/**
 * Swizzle (replace) of MDXComponents/Code: fenced blocks render with our CodeBlock,
 * already highlighted at build time, instead of the theme's CodeBlock, whose import
 * alone evaluates Prism in the browser on every article. Inline code is unchanged.
 */
import React, {type ComponentProps, type ReactNode} from 'react';
import CodeInline from '@theme/CodeInline';
import CodeBlock from '@site/src/components/CodeBlock';

/** MDX gives fenced blocks a `language-*` class or multi-line text; inline code neither. */
function isInline({className, children}: ComponentProps<'code'>): boolean {
  if (className?.includes('language-')) return false;
  return children !== undefined && React.Children.toArray(children).every((child) => typeof child === 'string' && !child.includes('\n'));
}

export default function MDXCode(props: ComponentProps<'code'>): ReactNode {
  return isInline(props) ? <CodeInline {...props} /> : <CodeBlock className={props.className}>{props.children}</CodeBlock>;
}
