/**
 * security-headers: after the build, writes build/security-headers.json, the response
 * headers the site is served with (by scripts/serve.mjs, and to copy into any host's
 * configuration). The Content-Security-Policy allows only this origin; the one inline
 * script Docusaurus writes (the colour-mode script) is allowed by its hash, computed
 * here from the built HTML so it follows Docusaurus upgrades.
 */
import {createHash} from 'node:crypto';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Inline scripts that execute (JSON-LD and other data blocks are not scripts to the CSP). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes) || body.length === 0) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export function securityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  const csp = [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search engine: 'wasm-unsafe-eval' allows that and nothing else (no eval).
    `script-src 'self' ${[...new Set(scriptHashes)].sort().join(' ')} 'wasm-unsafe-eval'`.replace(/\s+/g, ' '),
    // React writes style attributes; styles come from this origin only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'X-Frame-Options': 'DENY',
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

export default function pluginSecurityHeaders(_context: LoadContext): Plugin {
  return {
    name: 'security-headers',
    async postBuild({outDir}) {
      const hashes = new Set<string>();
      for (const file of await htmlFiles(outDir)) for (const hash of inlineScriptHashes(await readFile(file, 'utf8'))) hashes.add(hash);
      if (hashes.size > 5) throw new Error(`The build has ${hashes.size} different inline scripts; each needs a CSP hash. Move them to files.`);
      await writeFile(path.join(outDir, 'security-headers.json'), `${JSON.stringify(securityHeaders([...hashes]), null, 2)}\n`);
    },
  };
}
