import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {REPLACEMENTS} from '../../src/plugins/client-weight';

// The files client-weight replaces, as the bundler resolves them. If an upgrade moves or
// renames one, its replacement would silently stop matching: this fails first.
const TARGETS = {
  prism: require.resolve('@docusaurus/theme-classic/lib/prism-include-languages.js'),
  prefetch: require.resolve('@docusaurus/core/lib/client/docusaurus.js'),
};

describe('client-weight', () => {
  it('each replacement pattern matches the file installed today, on either path separator', () => {
    for (const [key, file] of Object.entries(TARGETS) as [keyof typeof REPLACEMENTS, string][]) {
      expect(existsSync(file)).toBe(true);
      expect(REPLACEMENTS[key].pattern.test(file)).toBe(true);
      expect(REPLACEMENTS[key].pattern.test(file.split(path.sep).join('\\'))).toBe(true);
      expect(existsSync(path.join(__dirname, '../../src/plugins/client-weight/client', REPLACEMENTS[key].with))).toBe(true);
    }
  });

  it('matches nothing else: not the swizzlable theme component, not other core client files', () => {
    expect(REPLACEMENTS.prism.pattern.test(require.resolve('@docusaurus/theme-classic/lib/theme/prism-include-languages.js'))).toBe(false);
    expect(REPLACEMENTS.prefetch.pattern.test(require.resolve('@docusaurus/core/lib/client/prefetch.js'))).toBe(false);
    expect(REPLACEMENTS.prefetch.pattern.test(require.resolve('@docusaurus/core/lib/client/preload.js'))).toBe(false);
  });

  it('the core module still exports the {prefetch, preload} object the stand-in mirrors', () => {
    // Read as text: the original imports generated route files and only loads inside a build.
    const core = readFileSync(TARGETS.prefetch, 'utf8');
    const standIn = readFileSync(path.join(__dirname, '../../src/plugins/client-weight/client/intentPrefetch.js'), 'utf8');
    expect(core).toMatch(/const docusaurus = \{\s*prefetch,\s*preload,\s*\};\s*[\s\S]*export default Object\.freeze\(docusaurus\)/);
    expect(core).toMatch(/return preloadHelper\(routePath\);/);
    expect(standIn).toMatch(/return preloadHelper\(routePath\);/);
    expect(standIn).toMatch(/const prefetch = \(\) => false;/);
    expect(standIn).toMatch(/export default Object\.freeze\(\{prefetch, preload\}\)/);
  });
});
