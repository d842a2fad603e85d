import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { safeRelativePath, serveViewer } from '../../src/viewer-server/serve.js';
import type { ViewerServer } from '../../src/viewer-server/serve.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent byte for byte (fetch would normalize "/../"). */
function rawGet(url: string, path: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let server: ViewerServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'geokg-serve-'));
  const dist = join(dir, 'viewer', 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>viewer</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(dist, 'assets', 'app.css'), 'body{}');
  // a secret next to the viewer folder that no URL may reach
  writeFileSync(join(dir, 'viewer', 'secret.txt'), 'TOP-SECRET');
  writeFileSync(join(dir, 'graph.json'), '{"nodes":[],"edges":[]}');
  server = await serveViewer({ port: 0, graphFile: join(dir, 'graph.json'), viewerDir: dist });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serveViewer', () => {
  it('binds 127.0.0.1 by default and serves the viewer with CSP, nosniff and MIME types', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await rawGet(server.url, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(index.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await rawGet(server.url, '/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await rawGet(server.url, '/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('serves the chosen graph at /graph.json', async () => {
    const graph = await rawGet(server.url, '/graph.json?x=1');
    expect(graph.status).toBe(200);
    expect(graph.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(graph.body)).toEqual({ nodes: [], edges: [] });
  });

  it.each([
    '/../../etc/passwd',
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/%252e%252e%252fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/index.html%00.js',
    '/%c0%ae%c0%ae/secret.txt',
    '//etc/passwd',
    '/etc/passwd',
  ])('refuses %s without reading outside the viewer folder', async (path) => {
    const res = await rawGet(server.url, path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain('TOP-SECRET');
    expect(res.body).not.toContain('root:');
    expect(res.headers['content-security-policy']).toBeTruthy();
  });

  it('answers only GET and HEAD', async () => {
    expect((await rawGet(server.url, '/', 'POST')).status).toBe(405);
    const head = await rawGet(server.url, '/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('maps safe paths and rejects unsafe ones', () => {
    expect(safeRelativePath('/')).toBe('index.html');
    expect(safeRelativePath('/assets/app.js?v=2')).toBe('assets/app.js');
    expect(safeRelativePath('/a%20b.js')).toBe('a b.js');
    for (const bad of ['/../x', '/%2e%2e/x', '/%252e%252e/x', '/a\\b', '/a%00b', '/%zz', 'relative']) expect(safeRelativePath(bad)).toBeNull();
  });

  it('fails clearly when the viewer folder or graph is missing', async () => {
    await expect(serveViewer({ port: 0, graphFile: join(dir, 'graph.json'), viewerDir: join(dir, 'nope') })).rejects.toThrow(/viewer-server: viewer folder/);
    await expect(serveViewer({ port: 0, graphFile: join(dir, 'missing.json'), viewerDir: join(dir, 'viewer', 'dist') })).rejects.toThrow(/viewer-server: graph file/);
  });
});
