import React, {useEffect, useRef, type ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import styles from './styles.module.css';

/** Opens every `<details>` around the element a hash names, then scrolls it into view. */
function revealHashTarget(container: HTMLElement | null, hash: string): void {
  if (!container || hash.length < 2) return;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return;
  }
  const target = document.getElementById(id);
  if (!target || !container.contains(target)) return;
  let details = target.closest('details');
  let opened = false;
  while (details) {
    if (!details.open) {
      details.open = true;
      opened = true;
    }
    details = details.parentElement?.closest('details') ?? null;
  }
  if (opened || target.closest('summary') === null) target.scrollIntoView({block: 'start'});
}

function setAll(container: HTMLElement | null, open: boolean): void {
  container?.querySelectorAll('details').forEach((details) => {
    details.open = open;
  });
}

interface Props {
  children: ReactNode;
  /** Number of steps, set at build time by remark-troubleshooting. */
  total?: number;
}

/**
 * Diagnostic steps: each `###` step is a native `<details>` (readable and openable
 * without JavaScript, keyboard operable), numbered by the build. JavaScript adds
 * expand/collapse all, opens the step a URL hash names, and opens all for printing.
 */
export default function DiagnosticSteps({children, total}: Props): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const isBrowser = useIsBrowser();
  const {hash} = useLocation();

  useEffect(() => {
    revealHashTarget(container.current, hash);
  }, [hash]);

  useEffect(() => {
    const onHashChange = () => revealHashTarget(container.current, window.location.hash);
    const onBeforePrint = () => setAll(container.current, true);
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('beforeprint', onBeforePrint);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('beforeprint', onBeforePrint);
    };
  }, []);

  return (
    <div className={styles.steps} ref={container} data-steps={total}>
      {isBrowser && (
        <div className={styles.toolbar}>
          <button type="button" className="button button--sm button--outline button--secondary" onClick={() => setAll(container.current, true)}>
            Expand all
          </button>
          <button type="button" className="button button--sm button--outline button--secondary" onClick={() => setAll(container.current, false)}>
            Collapse all
          </button>
        </div>
      )}
      {children}
    </div>
  );
}

interface StepProps {
  children: ReactNode;
  index: number;
  total: number;
}

/**
 * One step; its first child is the step's `###` heading (see remark-troubleshooting).
 * The heading is re-rendered inside `<summary>` without the theme's hash link, since
 * a link inside a summary is a nested interactive control; the step's own link sits
 * in its body instead.
 */
export function DiagnosticStep({children, index, total}: StepProps): ReactNode {
  const [heading, ...body] = React.Children.toArray(children);
  const {id, children: title} = (React.isValidElement(heading) ? heading.props : {}) as {id?: string; children?: ReactNode};
  const brokenLinks = useBrokenLinks();
  if (id) brokenLinks.collectAnchor(id);
  return (
    <details className={styles.step} open={index === 1 ? true : undefined}>
      <summary className={styles.summary}>
        <span className={styles.counter}>
          Step {index} of {total}
        </span>
        <h3 id={id} className={`anchor ${styles.title}`}>
          {title ?? heading}
        </h3>
      </summary>
      <div className={styles.body}>
        {body}
        {id && (
          <p className={styles.stepLink}>
            <a href={`#${id}`}>Link to step {index}</a>
          </p>
        )}
      </div>
    </details>
  );
}
