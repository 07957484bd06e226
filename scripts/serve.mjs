#!/usr/bin/env node
/**
 * Serves build/ the way a real static host does: compressed (gzip/brotli via the
 * `compression` middleware), long cache lifetimes for hashed assets, no caching of
 * HTML, the 404 page with status 404, the security headers the build computed
 * (build/security-headers.json), under BASE_URL when one is set.
 * Usage: node scripts/serve.mjs [--port 3000] [--host 127.0.0.1] [--dir build]
 */
import http from 'node:http';
import path from 'node:path';
import {readFileSync, existsSync} from 'node:fs';
import {parseArgs} from 'node:util';
import sirv from 'sirv';
import compression from 'compression';

const {values} = parseArgs({
  options: {
    port: {type: 'string', default: process.env.PORT ?? '3000'},
    host: {type: 'string', default: process.env.HOST ?? 'localhost'},
    dir: {type: 'string', default: 'build'},
  },
});

const root = path.resolve(values.dir);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No site in ${root}: run "npm run build" first.`);
  process.exit(1);
}
const base = `/${(process.env.BASE_URL ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const notFoundPage = readFileSync(path.join(root, '404.html'));
// Written by the build (src/plugins/security-headers): CSP and the other security headers.
const headersFile = path.join(root, 'security-headers.json');
const securityHeaders = existsSync(headersFile) ? JSON.parse(readFileSync(headersFile, 'utf8')) : {};

const serveStatic = sirv(root, {
  dev: false,
  etag: true,
  extensions: ['html'],
  setHeaders(res, pathname) {
    if (pathname.startsWith('/assets/')) {
      // Docusaurus puts a content hash in every file name under /assets/.
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    } else if (pathname.endsWith('.html') || !path.extname(pathname)) {
      // Pages: always revalidate, so a new build is seen at once.
      res.setHeader('Cache-Control', 'no-cache');
    } else {
      res.setHeader('Cache-Control', 'public, max-age=3600');
    }
  },
  onNoMatch(req, res) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(notFoundPage);
  },
});
const compress = compression({threshold: 512});

/** SERVE_LOG_BYTES=1: print "bytes <path> <body bytes as sent>" per response (used by the benchmarks). */
const logBytes = process.env.SERVE_LOG_BYTES === '1';

const server = http.createServer((req, res) => {
  if (logBytes) {
    // Installed before compression, so it counts the compressed bytes that compression writes.
    let sent = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = (chunk, ...rest) => {
      if (chunk) sent += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      if (chunk && typeof chunk !== 'function') sent += Buffer.byteLength(chunk);
      return end(chunk, ...rest);
    };
    res.on('finish', () => console.log(`bytes ${req.url} ${sent}`));
  }
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  compress(req, res, () => {
    const url = req.url ?? '/';
    if (base !== '/') {
      if (!url.startsWith(base) && url !== base.slice(0, -1)) {
        res.statusCode = 302;
        res.setHeader('Location', base);
        res.end();
        return;
      }
      req.url = `/${url.slice(base.length)}`;
    }
    serveStatic(req, res);
  });
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${values.host}:${values.port}${base}`);
});
