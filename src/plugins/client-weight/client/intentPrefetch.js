// Stands in for @docusaurus/core/lib/client/docusaurus.js (window.docusaurus). `preload`
// is the original: Link calls it on pointer enter and touch start, so the next page's
// chunks load as soon as the reader shows intent. `prefetch`, which Link calls for every
// link that scrolls into view, does nothing: on an article that was ~100 requests and the
// largest blocking task of the page load.
import preloadHelper from '@docusaurus/core/lib/client/preload';

const loaded = new Set();

const isSlowConnection = () =>
  navigator.connection?.effectiveType.includes('2g') || navigator.connection?.saveData;

const prefetch = () => false;

const preload = (routePath) => {
  if (isSlowConnection() || loaded.has(routePath)) {
    return false;
  }
  loaded.add(routePath);
  return preloadHelper(routePath);
};

export default Object.freeze({prefetch, preload});
