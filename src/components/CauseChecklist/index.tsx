import React, {createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {checklistMarkdown} from '@site/src/lib/ticket';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

type Ticks = Record<string, boolean>;

interface ChecklistState {
  ticks: Ticks;
  toggle: (text: string, checked: boolean) => void;
}

const ChecklistContext = createContext<ChecklistState | null>(null);

export const CHECKLIST_STORAGE_PREFIX = 'aadsts-help:checklist:';

function readTicks(key: string): Ticks {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Ticks) : {};
  } catch {
    return {};
  }
}

function writeTicks(key: string, ticks: Ticks): void {
  try {
    if (Object.values(ticks).some(Boolean)) window.localStorage.setItem(key, JSON.stringify(ticks));
    else window.localStorage.removeItem(key);
  } catch {
    // Storage full or blocked (private mode): the ticks still work for this visit.
  }
}

/**
 * The cause checklist: a Markdown task list whose ticks are kept per article in
 * localStorage (keyed by the item's text, so edits to other items keep them), with
 * "Copy for ticket" and "Reset". Items are wrapped at build time by remark-troubleshooting.
 */
export default function CauseChecklist({children}: {children: ReactNode}): ReactNode {
  const {frontMatter, metadata} = useDoc();
  const {siteConfig} = useDocusaurusContext();
  const code = String((frontMatter as {code?: string}).code ?? metadata.id);
  const storageKey = `${CHECKLIST_STORAGE_PREFIX}${code}`;
  const isBrowser = useIsBrowser();
  const [ticks, setTicks] = useState<Ticks>({});
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => setTicks(readTicks(storageKey)), [storageKey]);

  const toggle = useCallback(
    (text: string, checked: boolean) =>
      setTicks((previous) => {
        const next = {...previous, [text]: checked};
        if (!checked) delete next[text];
        writeTicks(storageKey, next);
        return next;
      }),
    [storageKey],
  );

  const reset = () => {
    writeTicks(storageKey, {});
    setTicks({});
  };

  const markdown = () => {
    const items = Array.from(list.current?.querySelectorAll<HTMLInputElement>('input[data-cause]') ?? []).map((input) => ({
      text: input.dataset.cause ?? '',
      checked: input.checked,
    }));
    return checklistMarkdown({code, url: `${siteConfig.url}${metadata.permalink}`}, items);
  };

  const value = useMemo(() => ({ticks, toggle}), [ticks, toggle]);
  const count = Object.values(ticks).filter(Boolean).length;

  return (
    <ChecklistContext.Provider value={value}>
      <div className={styles.checklist} ref={list}>
        {children}
        {isBrowser && (
          <div className={styles.toolbar}>
            <CopyButton getText={markdown}>Copy for ticket</CopyButton>
            <button type="button" className="button button--sm button--outline button--secondary" onClick={reset} disabled={count === 0}>
              Reset
            </button>
          </div>
        )}
      </div>
    </ChecklistContext.Provider>
  );
}

interface ItemProps {
  children: ReactNode;
  index: number;
  /** The item's plain text: its storage key and its line in the copied list. */
  text: string;
}

export function CauseChecklistItem({children, text}: ItemProps): ReactNode {
  const state = useContext(ChecklistContext);
  const checked = state?.ticks[text] === true;
  return (
    <label className={styles.item}>
      <input
        type="checkbox"
        className={styles.box}
        data-cause={text}
        checked={checked}
        onChange={(event) => state?.toggle(text, event.target.checked)}
      />
      <span>{children}</span>
    </label>
  );
}
