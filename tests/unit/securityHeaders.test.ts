import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {inlineScriptHashes, nginxHeaders, securityHeaders, staticWebAppConfig} from '../../src/plugins/security-headers';

describe('security headers', () => {
  it('hashes inline scripts only, not external or data scripts', () => {
    const html = '<script src="/a.js"></script><script>var a=1;</script><script type="application/ld+json">{"a":1}</script><script></script>';
    const expected = `'sha256-${createHash('sha256').update('var a=1;').digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([expected]);
  });

  it('builds a CSP with no unsafe-eval and no other origin', () => {
    const csp = securityHeaders(["'sha256-abc'"])['Content-Security-Policy']!;
    expect(csp).toContain("script-src 'self' 'sha256-abc' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-eval'|https?:|\*/);
  });

  it('writes the same headers for nginx and Azure Static Web Apps', () => {
    const headers = securityHeaders([]);
    expect(nginxHeaders(headers)).toContain(`add_header Referrer-Policy "${headers['Referrer-Policy']}" always;`);
    const config = staticWebAppConfig(headers, '/help/') as {globalHeaders: object; responseOverrides: Record<string, {rewrite: string}>; routes: {route: string}[]};
    expect(config.globalHeaders).toEqual(headers);
    expect(config.responseOverrides['404']!.rewrite).toBe('/help/404.html');
    expect(config.routes[0]!.route).toBe('/help/assets/*');
  });
});
