import React, {useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

interface Props {
  /** `language-<name>` from the fence, when it has one. */
  className?: string;
  /** Text, or the token spans rehype-code-highlight wrote at build time. */
  children?: ReactNode;
}

/**
 * A fenced code block: already highlighted in the HTML (no highlighter runs in the
 * browser), scrollable by keyboard, with a copy button that copies the text as shown.
 */
export default function CodeBlock({className, children}: Props): ReactNode {
  const code = useRef<HTMLElement>(null);
  const language = /language-(\S+)/.exec(className ?? '')?.[1];
  return (
    <div className={styles.codeBlock}>
      {/* Focusable so a long line can be scrolled by keyboard (axe: scrollable-region-focusable). */}
      <pre className={styles.pre} tabIndex={0} data-language={language}>
        <code ref={code} className={className}>
          {children}
        </code>
      </pre>
      <CopyButton className={styles.copy} getText={() => code.current?.textContent ?? ''}>
        Copy<span className="visually-hidden"> code</span>
      </CopyButton>
    </div>
  );
}
