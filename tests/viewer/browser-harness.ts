/** Shared set-up for the viewer's browser tests: build once into a temp folder, serve, drive chromium. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { serveViewer } from '../../src/viewer-server/serve.js';
import type { ViewerServer } from '../../src/viewer-server/serve.js';
// window.__geokg, the viewer's read-only handle, as typed for the page
import type {} from '../../viewer/src/debug-hook-types.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURE = join(ROOT, 'tests', 'fixtures', 'graphs', 'viewer-sample.json');
/** Where the browser tests leave a picture of each scenario (git-ignored). */
export const SCREENSHOT_DIR = join(ROOT, 'test-output', 'screenshots');

export interface Harness {
  browser: Browser;
  server: ViewerServer;
  outDir: string;
  close(): Promise<void>;
}

export async function buildViewer(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'viewer', 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}

export async function startHarness(graphFile = FIXTURE): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`viewer browser tests need Debian chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  }
  const outDir = mkdtempSync(join(tmpdir(), 'geokg-viewer-'));
  await buildViewer(outDir);
  const server = await serveViewer({ port: 0, graphFile, viewerDir: outDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    browser,
    server,
    outDir,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export interface OpenedPage {
  page: Page;
  dialogs: string[];
  errors: string[];
}

export async function openViewer(harness: Harness, hash = '', viewport = { width: 1400, height: 900 }): Promise<OpenedPage> {
  const page = await harness.browser.newPage({ viewport });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${harness.server.url}${hash}`);
  await page.waitForFunction(() => window.__geokg?.ready() === true, undefined, { timeout: 20_000 });
  return { page, dialogs, errors };
}

/** Pixels of a PNG screenshot that differ from white, decoded in the page itself. */
export async function countInkPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (bytes) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) ink++;
    return ink;
  }, [...png]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface SavedScreenshot {
  path: string;
  /** The bytes read back from disk. */
  bytes: Buffer;
  size: { width: number; height: number } | null;
}

/** Writes a viewport screenshot to test-output/screenshots/NAME.png and reads it back. */
export async function saveScreenshot(page: Page, name: string): Promise<SavedScreenshot> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`geokg/viewer-tests: screenshot name must be a lower-case slug, got "${name}"`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  rmSync(path, { force: true });
  await page.screenshot({ path });
  const bytes = readFileSync(path);
  return { path, bytes, size: pngSize(bytes) };
}
