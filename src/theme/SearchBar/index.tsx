/**
 * Swizzle (replace) of SearchBar: the navbar search. A button opens a modal dialog
 * (native <dialog>: focus trap and Escape for free) holding the search combobox.
 * Ctrl+K / Cmd+K and "/" open it from anywhere except while typing in a field.
 * Without JavaScript the button is a link to /search.
 */
import React, {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import SearchPanel from '@site/src/components/SearchPanel';
import styles from './styles.module.css';

function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

export default function SearchBar(): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const isBrowser = useIsBrowser();
  const isMac = isBrowser && /Mac|iPhone|iPad/.test(navigator.platform);

  const show = useCallback(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    setOpen(true);
  }, []);
  const close = useCallback(() => {
    dialog.current?.close();
    setOpen(false);
  }, []);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        show();
      } else if (event.key === '/' && !isTypingTarget(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        show();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <>
      {isBrowser ? (
        <button type="button" className={styles.button} onClick={show} aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K /">
          <span>Search</span>
          <kbd className={styles.kbd}>{isMac ? '⌘K' : 'Ctrl K'}</kbd>
        </button>
      ) : (
        <Link to="/search" className={styles.button}>
          <span>Search</span>
          {/* Same width as the button that replaces it, so nothing shifts on hydration. */}
          <kbd className={styles.kbd} aria-hidden="true">
            Ctrl K
          </kbd>
        </Link>
      )}
      <dialog ref={dialog} className={styles.dialog} aria-label="Search" onClose={() => setOpen(false)} onClick={(event) => event.target === dialog.current && close()}>
        {open && (
          <div className={styles.content}>
            <SearchPanel variant="dialog" onNavigate={close} />
            <button type="button" className={`button button--sm button--secondary ${styles.close}`} onClick={close}>
              Close <kbd>Esc</kbd>
            </button>
          </div>
        )}
      </dialog>
    </>
  );
}
