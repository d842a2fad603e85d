/**
 * docs/viewer.png: the viewer on the sample corpus, South Korea found by searching "Seoul".
 * Builds the corpus and the viewer into a temporary folder, serves them, drives headless
 * Debian chromium at 1280x800 and writes the PNG. Run with `npx tsx scripts/screenshot-viewer.ts`
 * (optionally followed by an output path).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildViewer } from '../src/cli/commands/view.js';
import { serveViewer } from '../src/viewer-server/serve.js';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const VIEWPORT = { width: 1280, height: 800 };
const SEARCH = 'Seoul';
const EXPECTED_NODE = 'KOR';
/** Kept small enough to commit. */
const MAX_BYTES = 300_000;

function buildSampleGraph(outDir: string): string {
  // the CLI as a user runs it, in this same Node with the same TypeScript loader
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'build', join(ROOT, 'corpus'), '--out', outDir, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  const graphFile = join(outDir, 'graph.json');
  if (!existsSync(graphFile)) throw new Error(`geokg/screenshot-viewer: the build wrote no ${graphFile}`);
  return graphFile;
}

async function main(): Promise<void> {
  const target = resolve(process.argv[2] ?? join(ROOT, 'docs', 'viewer.png'));
  if (!existsSync(CHROMIUM)) throw new Error(`geokg/screenshot-viewer: needs Debian chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  const work = mkdtempSync(join(tmpdir(), 'geokg-screenshot-'));
  try {
    const graphFile = buildSampleGraph(join(work, 'sample-out'));
    const viewerDir = join(work, 'viewer');
    await buildViewer(viewerDir);
    const server = await serveViewer({ port: 0, graphFile, viewerDir });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      await page.goto(server.url);
      await page.waitForFunction(() => window.__geokg?.ready() === true, undefined, { timeout: 30_000 });

      const search = page.getByTestId('search');
      await search.pressSequentially(SEARCH);
      await page.locator('.autocomplete li').first().waitFor();
      await search.press('Enter');
      const selected = await page.evaluate(() => window.__geokg!.selectedNode());
      if (selected !== EXPECTED_NODE) throw new Error(`geokg/screenshot-viewer: searching "${SEARCH}" selected ${selected}, not ${EXPECTED_NODE}`);
      await page.waitForFunction(() => window.__geokg!.cameraAnimating() === false);
      await search.blur();
      // let the label grid settle and two frames draw
      await page.waitForFunction(() => window.__geokg!.busy() === false);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      if (errors.length) throw new Error(`geokg/screenshot-viewer: page errors: ${errors.join('; ')}`);

      const png = await page.screenshot({ type: 'png' });
      if (png.length > MAX_BYTES) throw new Error(`geokg/screenshot-viewer: the picture is ${png.length} bytes, over ${MAX_BYTES}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, png);
      console.log(`wrote ${target} (${VIEWPORT.width}x${VIEWPORT.height}, ${Math.round(statSync(target).size / 1024)} KB)`);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
