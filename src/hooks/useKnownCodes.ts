import {usePluginData} from '@docusaurus/useGlobalData';
import type {CatalogGlobalData} from '../plugins/error-catalog';

/** The documented codes, sorted: published by the error-catalog plugin on every page. */
export function useKnownCodes(): readonly string[] {
  return (usePluginData('error-catalog') as CatalogGlobalData).codes;
}
