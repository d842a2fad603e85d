/**
 * What tests/viewer does not reach: markup that arrives through the real pipeline (a
 * corpus folder name, a catalog label, a front matter title, article text) rather than a
 * hand-made graph, and shown in every panel; the Content-Security-Policy as chromium
 * enforces it, not only as a header; more encodings of "..", and a symbolic link out of
 * the viewer folder; and the loopback-only default bind tried from another interface.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, OUTPUT_FILES } from '../../src/build/build.js';
import { serveViewer, type ViewerServer } from '../../src/viewer-server/serve.js';
import { openViewer, startHarness, type Harness } from '../viewer/browser-harness.js';
// window.__geokg, the viewer's read-only handle, as typed for the page
import type {} from '../../viewer/src/debug-hook-types.js';

const tmp = mkdtempSync(join(tmpdir(), 'geokg-rel-viewer-'));
let harness: Harness;
let graphFile: string;

// Every string below is shown by the viewer; none may become markup or run.
const FOLDER_NAME = `news <svg onload="window.__pwned='name'">`;
const LABEL = `<img src=x onerror="window.__pwned='label'">`;
const TITLE = `<script>window.__pwned='title'</script> javascript:alert('title')`;
const ATTACK_SENTENCE = `The Zeta Front attacked Ukraine on Tuesday, a statement at javascript:alert(1) said <img src=x onerror="window.__pwned='evidence'">.`;
const CRITICISM_SENTENCE = `Russia condemned the Zeta Front on Wednesday <script>window.__pwned='text'</script>.`;

beforeAll(async () => {
  const corpus = join(tmp, FOLDER_NAME);
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, 'catalog.json'), JSON.stringify({ entries: [{ id: 'zeta-front', type: 'organization', label: LABEL, aliases: ['Zeta Front'] }] }));
  writeFileSync(join(corpus, 'zeta.md'), `---\ntitle: "${TITLE}"\ndate: 2022-03-01\n---\n\n${ATTACK_SENTENCE}\n\n${CRITICISM_SENTENCE}\n`);
  const out = join(tmp, 'graph-out');
  const report = await buildGraph({ corpus: [corpus], out, cacheDir: join(tmp, 'cache') });
  expect(report.errors).toEqual([]);
  graphFile = join(out, OUTPUT_FILES.graph);
  harness = await startHarness(graphFile);
}, 120_000);

afterAll(async () => {
  await harness?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function expectNothingRan(page: Page, dialogs: string[], errors: string[]): Promise<void> {
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('#app img, #app script, #app svg, #app iframe, #app a[href^="javascript"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
}

describe('hostile text that came through geokg build, in the viewer', () => {
  it('shows the folder name, entity label, document title and article text literally in every panel', async () => {
    const { page, dialogs, errors } = await openViewer(harness);
    expect(await page.locator('#graph-name').textContent()).toBe(FOLDER_NAME);
    expect(await page.locator('#details').textContent()).toContain(FOLDER_NAME);

    await page.getByTestId('search').fill('Zeta');
    await expect.poll(() => page.locator('.autocomplete li').first().textContent()).toContain(LABEL);
    await page.getByTestId('search').press('Enter');
    expect(await page.evaluate(() => window.__geokg!.selectedNode())).toBe('zeta-front');
    const panel = page.getByTestId('node-panel');
    expect(await panel.getByTestId('node-title').textContent()).toBe(LABEL);
    const evidence = (await panel.getByTestId('evidence').allTextContents()).join('\n');
    expect(evidence).toContain(ATTACK_SENTENCE);
    expect(evidence).toContain(CRITICISM_SENTENCE);
    expect(evidence).toContain(TITLE);

    await page.locator('[data-edge="zeta-front|attack|UKR|asserted"]').click();
    const edgePanel = await page.getByTestId('edge-panel').textContent();
    expect(edgePanel).toContain(LABEL);
    expect(edgePanel).toContain(ATTACK_SENTENCE);
    expect(edgePanel).toContain(TITLE);
    await expectNothingRan(page, dialogs, errors);
    await page.close();
  }, 60_000);

  it('shows the label literally in path results', async () => {
    const { page, dialogs, errors } = await openViewer(harness);
    await page.getByTestId('path-from').fill('Zeta');
    await page.getByTestId('path-from').press('Enter');
    await page.getByTestId('path-to').fill('Russia');
    await page.getByTestId('path-to').press('Enter');
    await page.getByTestId('path-find').click();
    const paths = page.getByTestId('path-results').getByTestId('path');
    await expect.poll(() => paths.count()).toBeGreaterThan(0);
    expect(await paths.first().locator('.path-head').textContent()).toContain(`${LABEL} → Russia`);
    expect(await paths.first().textContent()).toContain(CRITICISM_SENTENCE);
    await expectNothingRan(page, dialogs, errors);
    await page.close();
  }, 60_000);
});

describe('the Content-Security-Policy, as chromium enforces it', () => {
  let server: ViewerServer;
  let url: string;

  beforeAll(async () => {
    const dist = join(tmp, 'csp-dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    // the same-origin script runs first and records what the policy refuses
    writeFileSync(join(dist, 'assets', 'probe.js'), [
      'window.__violations = [];',
      "document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));",
      'window.__external = true;',
      "try { eval('window.__eval = true'); } catch (e) { window.__evalRefused = e.name; }",
    ].join('\n'));
    writeFileSync(join(dist, 'index.html'), [
      '<!doctype html><html><head><script src="/assets/probe.js"></script>',
      "<script>window.__pwned = 'inline';</script></head><body>",
      `<img id="bad-img" src="/nothing.png" onerror="window.__pwned='handler'">`,
      `<a id="js-link" href="javascript:window.__pwned='link'">link</a>`,
      '<script src="data:text/javascript,window.__pwned=\'data\'"></script>',
      '<object data="/assets/probe.js"></object>',
      '</body></html>',
    ].join('\n'));
    server = await serveViewer({ port: 0, graphFile, viewerDir: dist });
    url = server.url;
  });

  afterAll(async () => {
    await server?.close();
  });

  it('runs same-origin script files and refuses inline scripts, handlers, javascript: links, data: scripts and eval', async () => {
    const page = await harness.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(url);
    await page.locator('#js-link').click();
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { external: w.__external, pwned: w.__pwned, evalRan: w.__eval, evalRefused: w.__evalRefused, violations: w.__violations as string[] };
    });
    expect(seen.external).toBe(true);
    expect(seen.pwned).toBeUndefined();
    expect(seen.evalRan).toBeUndefined();
    expect(seen.evalRefused).toBe('EvalError');
    expect(seen.violations.filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(3);
    expect(seen.violations.some((v) => v.startsWith('object-src'))).toBe(true);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 60_000);
});

interface RawResponse {
  status: number;
  body: string;
}

/** A request with the path sent byte for byte (fetch would normalise "/../"). */
function rawGet(base: string, path: string, host?: string): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: host ?? hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the viewer server refuses to leave its folder', () => {
  let server: ViewerServer;
  const SECRET = 'SECRET-OUTSIDE-THE-VIEWER';

  beforeAll(async () => {
    const root = join(tmp, 'traversal');
    const dist = join(root, 'viewer', 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>viewer</title>');
    writeFileSync(join(root, 'secret.txt'), SECRET);
    writeFileSync(join(root, 'viewer', 'secret.txt'), SECRET);
    // links inside the folder that lead out of it
    symlinkSync(join(root, 'secret.txt'), join(dist, 'assets', 'linked.txt'));
    symlinkSync(root, join(dist, 'outside'));
    server = await serveViewer({ port: 0, graphFile, viewerDir: dist });
  });

  afterAll(async () => {
    await server?.close();
  });

  it.each([
    '/assets/linked.txt',
    '/outside/secret.txt',
    '/%2E%2e/secret.txt',
    '/.%2e/secret.txt',
    '/%2e./secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e%5c%2e%2e%5csecret.txt',
    '/%e0%80%ae%e0%80%ae/secret.txt',
    '/%ef%bc%8e%ef%bc%8e/secret.txt',
    '/%u002e%u002e/secret.txt',
    '/..;/secret.txt',
    '/assets/../../../../../../etc/passwd%00.html',
    '/index.html/../../secret.txt',
    'http://localhost/../secret.txt',
    '/../../etc/passwd?x=/index.html',
  ])('%s gets no byte from outside the viewer folder', async (path) => {
    const res = await rawGet(server.url, path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('root:');
  });

  it('still serves the viewer itself', async () => {
    expect((await rawGet(server.url, '/')).status).toBe(200);
  });
});

describe('the viewer server binds the loopback interface only', () => {
  it('is not reachable from another address of this machine', async () => {
    const server = await serveViewer({ port: 0, graphFile, viewerDir: harness.outDir });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const port = Number(new URL(server.url).port);
      const external = Object.values(networkInterfaces()).flat().filter((i) => i && !i.internal && i.family === 'IPv4').map((i) => i!.address);
      if (!external.length) console.warn('NOTICE: no non-loopback IPv4 address: only the bound address is checked');
      for (const address of external) {
        const refused = await new Promise<boolean>((resolve) => {
          const socket = connect({ host: address, port });
          socket.once('connect', () => { socket.destroy(); resolve(false); });
          socket.once('error', () => resolve(true));
        });
        expect(refused, `connection to ${address}:${port}`).toBe(true);
      }
      expect((await rawGet(server.url, '/')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
