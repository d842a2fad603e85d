/**
 * A small static server for the viewer: the built files of viewer/dist and the chosen graph
 * at /graph.json, nothing else. Requests that try to leave the viewer folder are refused
 * before any file is touched, and every answer carries a strict Content-Security-Policy.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { PACKAGE_ROOT } from '../util/data.js';

export interface ServeViewerOptions {
  port?: number;
  host?: string;
  /** The data graph served at /graph.json. */
  graphFile: string;
  /** The built viewer (default: viewer/dist of the package). */
  viewerDir?: string;
}

export interface ViewerServer {
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_VIEWER_DIR = join(PACKAGE_ROOT, 'viewer', 'dist');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * The file path a request names, relative to the viewer folder, or null when the request
 * must be refused: anything encoded twice, any dot segment, backslash, NUL or control character.
 */
export function safeRelativePath(rawUrl: string): string | null {
  const pathPart = rawUrl.split(/[?#]/, 1)[0];
  if (!pathPart.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return null;
  }
  // a "%" left after one decoding means double encoding: never decode a second time
  if (decoded.includes('%') || decoded.includes('\\')) return null;
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '.' || s === '..')) return null;
  const relative = segments.join('/');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', head = false): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(head ? undefined : body);
}

export async function serveViewer(options: ServeViewerOptions): Promise<ViewerServer> {
  const port = options.port ?? 5173;
  const host = options.host ?? '127.0.0.1';
  const graphFile = resolve(options.graphFile);
  const root = await realpath(resolve(options.viewerDir ?? DEFAULT_VIEWER_DIR)).catch(() => {
    throw new Error(`geokg/viewer-server: viewer folder ${options.viewerDir ?? DEFAULT_VIEWER_DIR} does not exist (build the viewer first)`);
  });
  await stat(graphFile).catch(() => {
    throw new Error(`geokg/viewer-server: graph file ${graphFile} does not exist`);
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'method not allowed\n');
    }
    const relative = safeRelativePath(req.url ?? '/');
    if (relative === null) return send(res, 400, 'bad request\n', undefined, head);
    if (relative === 'graph.json') {
      const body = await readFile(graphFile).catch(() => null);
      return body ? send(res, 200, body, MIME_TYPES['.json'], head) : send(res, 404, 'graph not found\n', undefined, head);
    }
    const candidate = join(root, ...relative.split('/'));
    if (!candidate.startsWith(root + sep)) return send(res, 400, 'bad request\n', undefined, head);
    // symlinks inside the folder must not lead out of it either
    const real = await realpath(candidate).catch(() => null);
    if (!real || !real.startsWith(root + sep)) return send(res, 404, 'not found\n', undefined, head);
    const info = await stat(real).catch(() => null);
    if (!info?.isFile()) return send(res, 404, 'not found\n', undefined, head);
    const body = await readFile(real);
    return send(res, 200, body, MIME_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream', head);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'internal error\n');
      else res.destroy();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (err) => reject(new Error(`geokg/viewer-server: cannot listen on ${host}:${port}: ${(err as NodeJS.ErrnoException).code ?? err.message}`)));
    server.listen(port, host, () => resolvePromise());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () => new Promise<void>((resolvePromise) => {
      server.closeAllConnections();
      server.close(() => resolvePromise());
    }),
  };
}
