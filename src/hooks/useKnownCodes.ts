import {usePluginData} from '@docusaurus/useGlobalData';
import type {CatalogGlobalData} from '../plugins/error-catalog';

function useCatalogData(): CatalogGlobalData {
  return usePluginData('error-catalog') as CatalogGlobalData;
}

/** The documented codes, sorted: published by the error-catalog plugin on every page. */
export function useKnownCodes(): readonly string[] {
  return useCatalogData().codes;
}

/** Each documented code's label (name, or the title's meaning), parallel to useKnownCodes(). */
export function useCodeLabels(): readonly string[] {
  return useCatalogData().labels;
}
