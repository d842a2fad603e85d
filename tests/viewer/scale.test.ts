import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openViewer, saveScreenshot, startHarness } from './browser-harness.js';
import type { Harness } from './browser-harness.js';
import { syntheticGraph } from './synthetic-graph.js';
// window.__geokg, the viewer's read-only handle, as typed for the page
import type {} from '../../viewer/src/debug-hook-types.js';

const graph = syntheticGraph({ nodes: 5000, edges: 20_000, seed: 5 });
let dir: string;
let harness: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'geokg-viewer-scale-'));
  const file = join(dir, 'graph.json');
  writeFileSync(file, JSON.stringify(graph));
  harness = await startHarness(file);
}, 180_000);

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const entityOf = new Map(graph.nodes.map((n) => [n.key, n.attributes!.entityType]));

/** The edges the default filters show (asserted only, every type), minus the given relation or entity type. */
function expectedEdges(without: { relation?: string; entityType?: string }): number {
  return graph.edges.filter((e) => {
    const a = e.attributes!;
    if (a.modality !== 'asserted' || a.relation === without.relation) return false;
    return entityOf.get(e.source) !== without.entityType && entityOf.get(e.target) !== without.entityType;
  }).length;
}

const visibleEdges = (page: Page) => page.evaluate(() => window.__geokg!.visibleEdges().length);
const visibleNodes = (page: Page) => page.evaluate(() => window.__geokg!.visibleNodes().length);
/** Resolves once the page has painted two more frames: it is not stuck in a long redraw. */
const nextFrames = (page: Page) => page.evaluate(() => new Promise<boolean>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));

describe('viewer on a 5k-node / 20k-edge graph', () => {
  it('uses the fast overview and stays responsive through filter toggles', async () => {
    const { page, errors } = await openViewer(harness);
    expect(await page.evaluate(() => window.__geokg!.renderMode())).toBe('fast');
    expect(await visibleEdges(page)).toBe(expectedEdges({}));

    await page.getByTestId('toggle-relation-cooperation').uncheck({ timeout: 20_000 });
    expect(await visibleEdges(page)).toBe(expectedEdges({ relation: 'cooperation' }));
    expect(expectedEdges({ relation: 'cooperation' })).toBeLessThan(expectedEdges({}));
    expect(await nextFrames(page)).toBe(true);
    // an edge-only change patches sigma's buffers in place
    expect(await page.evaluate(() => window.__geokg!.timings().lastRefreshKind)).toBe('partial');

    await page.getByTestId('toggle-entity-person').uncheck({ timeout: 20_000 });
    expect(await visibleNodes(page)).toBe(graph.nodes.filter((n) => n.attributes!.entityType !== 'person').length);
    expect(await visibleEdges(page)).toBe(expectedEdges({ relation: 'cooperation', entityType: 'person' }));
    expect(await nextFrames(page)).toBe(true);

    await page.getByTestId('reset-filters').click({ timeout: 20_000 });
    expect(await visibleEdges(page)).toBe(expectedEdges({}));
    expect(await visibleNodes(page)).toBe(graph.nodes.length);
    // the deferred label re-index runs once the page is idle
    await page.waitForFunction(() => window.__geokg!.busy() === false, undefined, { timeout: 20_000 });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('hovering a hub shows it without restyling the graph, and selecting it emphasises its neighbourhood', async () => {
    const { page, errors } = await openViewer(harness);
    const hub = graph.nodes.reduce((best, n) => (n.attributes!.degree > best.attributes!.degree ? n : best));
    const box = (await page.locator('#sigma-container').boundingBox())!;
    const at = (await page.evaluate((node) => window.__geokg!.nodePosition(node), hub.key))!;
    expect(await page.evaluate(() => window.__geokg!.timings().lastRefreshKind)).toBe('none');
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect.poll(() => page.evaluate(() => window.__geokg!.hoveredNode()), { timeout: 20_000 }).toBe(hub.key);
    expect(await page.evaluate(() => window.__geokg!.timings().lastRefreshKind)).toBe('none');
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.__geokg!.selectedNode()), { timeout: 20_000 }).toBe(hub.key);
    expect(await page.getByTestId('node-title').textContent()).toBe(hub.attributes!.label);
    // the neighbourhood is lit in place at once (no re-indexing of the 20k edges) and drawn in detail once idle
    expect(await page.evaluate(() => window.__geokg!.timings().lastRefreshKind)).toBe('partial');
    const visible = new Set(await page.evaluate(() => window.__geokg!.visibleEdges()));
    const lit = graph.edges.filter((e) => (e.source === hub.key || e.target === hub.key) && e.key !== undefined && visible.has(e.key));
    const litNodes = new Set([hub.key, ...lit.flatMap((e) => [e.source, e.target])]).size;
    await page.waitForFunction(() => window.__geokg!.busy() === false && !window.__geokg!.cameraAnimating(), undefined, { timeout: 20_000 });
    expect(await page.evaluate(() => window.__geokg!.emphasisInDetail())).toEqual({ nodes: litNodes, edges: lit.length });
    const shot = await saveScreenshot(page, 'scale-hub-selected');
    expect(shot.size).toEqual(page.viewportSize());
    expect(shot.bytes.length).toBeGreaterThan(20_000);
    // a hub's longest relation list starts short and unfolds on demand
    const counts = new Map<string, number>();
    for (const e of graph.edges) if (e.source === hub.key || e.target === hub.key) counts.set(e.attributes!.relation, (counts.get(e.attributes!.relation) ?? 0) + 1);
    const [relation, total] = [...counts].sort((a, b) => b[1] - a[1])[0];
    expect(total).toBeGreaterThan(25);
    const group = page.getByTestId(`relation-group-${relation}`);
    expect(await group.locator('.relation-item').count()).toBe(25);
    await group.getByTestId(`show-more-${relation}`).click();
    expect(await group.locator('.relation-item').count()).toBe(total);
    expect(await nextFrames(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
