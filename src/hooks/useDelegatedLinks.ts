import {useCallback, type MouseEvent, type PointerEvent} from 'react';
import {useHistory} from '@docusaurus/router';

/** The site-internal anchor an event came from, if a plain left click may be handled in-app. */
function internalAnchor(event: MouseEvent | PointerEvent): HTMLAnchorElement | null {
  const anchor = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== window.location.origin) return null;
  return anchor;
}

/**
 * Client-side navigation and intent preloading for a container of many plain `<a>`
 * elements (the tables of every code): one pair of handlers instead of a Docusaurus
 * `Link` per cell, each of which sets up its own effect and IntersectionObserver, which
 * made hydrating a table of hundreds of rows the page's longest blocking task.
 */
export default function useDelegatedLinks(): {onClick: (event: MouseEvent) => void; onPointerOver: (event: PointerEvent) => void} {
  const history = useHistory();
  const onClick = useCallback(
    (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = internalAnchor(event);
      if (!anchor) return;
      event.preventDefault();
      history.push(`${anchor.pathname}${anchor.search}${anchor.hash}`);
    },
    [history],
  );
  const onPointerOver = useCallback((event: PointerEvent) => {
    const anchor = internalAnchor(event);
    // Same as Link on pointer enter: load the target page's chunks before the click.
    if (anchor) (window as unknown as {docusaurus?: {preload: (path: string) => unknown}}).docusaurus?.preload(anchor.pathname);
  }, []);
  return {onClick, onPointerOver};
}
