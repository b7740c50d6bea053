#!/usr/bin/env node
// A small static server for the built site (dist/), used by README's first
// command and by the browser tests. It serves `index.html` for directories,
// redirects `/x` to `/x/` like a static host, and answers a missing page
// under /<lang>/ with that language's 404 page (status 404). Text files are
// sent gzip-compressed to clients that accept it and fingerprinted assets
// (/_astro/) are marked immutable, as any static host does; Lighthouse
// figures from the benchmark then reflect what a reader would download.
//
//   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(arg('dir', 'dist'));
const port = Number(arg('port', process.env.PORT ?? '4321'));
const host = arg('host', '127.0.0.1');
const LOCALES = ['zh', 'en', 'kk'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
  '.geojson': 'application/geo+json',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found. Build the site first: npm run build`);
  process.exit(1);
}

/** Types worth compressing (ZIP, PNG, WASM and Pagefind's files are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.xml', '.txt', '.geojson', '.atom']);
/** gzip of each file, keyed by path and modification time, so each file is compressed once. */
const gzipped = new Map();

function gzipOf(file, stat) {
  const key = `${file}:${stat.mtimeMs}:${stat.size}`;
  let body = gzipped.get(key);
  if (!body) {
    body = gzipSync(readFileSync(file), { level: 9 });
    gzipped.set(key, body);
  }
  return body;
}

function send(req, res, status, file) {
  const stat = statSync(file);
  const ext = extname(file);
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': file.startsWith(join(root, '_astro')) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (COMPRESSIBLE.has(ext)) {
    headers.Vary = 'Accept-Encoding';
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipOf(file, stat);
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
  }
  res.writeHead(status, { ...headers, 'Content-Length': stat.size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const file = normalize(join(root, pathname));
  if (!file.startsWith(root)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  if (existsSync(file) && statSync(file).isFile()) return send(req, res, 200, file);
  if (existsSync(join(file, 'index.html'))) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    return send(req, res, 200, join(file, 'index.html'));
  }
  const lang = pathname.split('/')[1];
  const localized = LOCALES.includes(lang) ? join(root, lang, '404', 'index.html') : '';
  send(req, res, 404, localized && existsSync(localized) ? localized : join(root, '404.html'));
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});
