import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { FIXTURE, countInkPixels, openViewer, saveScreenshot, startHarness } from './browser-harness.js';
import type { Harness } from './browser-harness.js';
// window.__geokg, the viewer's read-only handle, as typed for the page
import type {} from '../../viewer/src/debug-hook-types.js';

const TEST_TIMEOUT = 60_000;
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
  nodes: { key: string; attributes: { label: string } }[];
  edges: { key: string; source: string; target: string; attributes: { relation: string; modality: string } }[];
};
/** Runs `fn` in the page against the read-only window.__geokg hook. */
const hook = <T>(page: Page, fn: (h: NonNullable<Window['__geokg']>) => T) => page.evaluate(`(${fn.toString()})(window.__geokg)`) as Promise<T>;

/** Saves the scenario's picture under test-output/screenshots/ and checks it is a real capture of the page. */
async function expectScreenshot(page: Page, name: string): Promise<void> {
  // a selection flies the camera over: picture where it lands
  await page.waitForFunction(() => window.__geokg!.cameraAnimating() === false);
  const shot = await saveScreenshot(page, name);
  expect(existsSync(shot.path)).toBe(true);
  expect(shot.size).toEqual(page.viewportSize());
  // a blank or failed capture of this viewport compresses to a few kilobytes
  expect(shot.bytes.length).toBeGreaterThan(20_000);
  const { width, height } = shot.size!;
  expect(await countInkPixels(page, shot.bytes)).toBeGreaterThan(width * height * 0.02);
}

async function stageInk(page: Page): Promise<number> {
  const box = (await page.locator('#sigma-container').boundingBox())!;
  // the zoom buttons sit in the top right corner of the stage: keep them out of the count
  const png = await page.screenshot({ clip: { x: box.x, y: box.y + 60, width: box.width - 80, height: box.height - 100 } });
  return countInkPixels(page, png);
}

describe('geokg viewer in chromium', () => {
  it('draws the graph on the canvas, and filtering everything out blanks it', async () => {
    const { page, errors } = await openViewer(harness);
    await page.waitForTimeout(300);
    const drawn = await stageInk(page);
    expect(drawn).toBeGreaterThan(2000);
    await expectScreenshot(page, 'canvas-drawn');
    for (const type of ['country', 'person', 'organization', 'military', 'region']) await page.getByTestId(`toggle-entity-${type}`).uncheck();
    await page.waitForTimeout(300);
    expect(await hook(page, (h) => h.visibleNodes().length)).toBe(0);
    expect(await stageInk(page)).toBeLessThan(drawn / 10);
    expect(errors).toEqual([]);
    await page.close();
  }, TEST_TIMEOUT);

  it('search "Seoul" selects South Korea and lists its relations with evidence', async () => {
    const { page } = await openViewer(harness);
    const search = page.getByTestId('search');
    await search.fill('Seoul');
    const first = page.locator('.autocomplete li').first();
    await expect.poll(() => first.textContent()).toContain('South Korea');
    expect(await first.textContent()).toContain('alias: Seoul');
    await search.press('Enter');
    expect(await hook(page, (h) => h.selectedNode())).toBe('KOR');
    const panel = page.getByTestId('node-panel');
    expect(await panel.getByTestId('node-title').textContent()).toBe('South Korea');
    const alliance = panel.getByTestId('relation-group-alliance');
    expect(await alliance.locator('summary').textContent()).toMatch(/Alliance\s*2/);
    expect(await alliance.textContent()).toContain('United States');
    expect(await alliance.getByTestId('evidence').first().textContent()).toContain('linchpin of regional security');
    expect(await alliance.getByTestId('evidence').first().textContent()).toContain('2014-03-14');
    expect(await panel.getByTestId('relation-group-threat').textContent()).toContain('North Korea');
    expect(await page.evaluate(() => location.hash)).toContain('node=KOR');
    await expectScreenshot(page, 'search-seoul-south-korea');
    await page.close();
  }, TEST_TIMEOUT);

  it('unticking a relation type hides exactly those edges', async () => {
    const { page } = await openViewer(harness);
    const before = await hook(page, (h) => h.visibleEdges());
    const threats = before.filter((e) => e.includes('|threat|'));
    expect(threats.length).toBe(4);
    await page.getByTestId('toggle-relation-threat').uncheck();
    const after = await hook(page, (h) => h.visibleEdges());
    expect(after.filter((e) => e.includes('|threat|'))).toEqual([]);
    expect(after.sort()).toEqual(before.filter((e) => !e.includes('|threat|')).sort());
    // asserted only by default: the hypothetical and negated edges stay hidden
    const shownModalities = new Set(after.map((key) => fixture.edges.find((e) => e.key === key)!.attributes.modality));
    expect([...shownModalities]).toEqual(['asserted']);
    await expectScreenshot(page, 'relation-threat-unticked');
    await page.close();
  }, TEST_TIMEOUT);

  it('clicking an edge on the canvas shows its evidence, and so does choosing it in the node panel', async () => {
    const { page } = await openViewer(harness);
    const box = (await page.locator('#sigma-container').boundingBox())!;
    const [a, b] = await Promise.all(['un', 'PRK'].map((n) => page.evaluate((node) => window.__geokg!.nodePosition(node), n)));
    // a point on the UN -> North Korea edge, away from the crowded centre of the circle layout
    const at = { x: box.x + a!.x + (b!.x - a!.x) * 0.3, y: box.y + a!.y + (b!.y - a!.y) * 0.3 };
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(100);
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => hook(page, (h) => h.selectedEdge())).toBe('un|sanction|PRK|asserted');
    expect(await page.getByTestId('edge-panel').textContent()).toContain('The UN imposed new sanctions on North Korea.');

    await page.getByTestId('search').fill('Japan');
    await page.getByTestId('search').press('Enter');
    await page.locator('[data-edge="JPN|alliance|USA|asserted"]').click();
    expect(await hook(page, (h) => h.selectedEdge())).toBe('JPN|alliance|USA|asserted');
    expect(await page.getByTestId('edge-panel').textContent()).toContain('cornerstone of peace in Asia');
    await expectScreenshot(page, 'edge-evidence');
    await page.close();
  }, TEST_TIMEOUT);

  it('the path finder finds, shows and highlights the shortest paths from John Kerry to North Korea hop by hop', async () => {
    // the fixture joins them in two hops: Kerry is Secretary of State of the United States, which criticised North Korea
    const labelOf = (key: string) => fixture.nodes.find((n) => n.key === key)?.attributes.label;
    expect([labelOf('john-kerry'), labelOf('PRK')]).toEqual(['John Kerry', 'North Korea']);
    expect(fixture.edges.map((e) => e.key)).toEqual(expect.arrayContaining(['john-kerry|affiliation|USA|asserted', 'USA|criticism|PRK|asserted']));

    const { page } = await openViewer(harness);
    // each end is typed in full, as a user would, and taken from the autocomplete with Enter
    for (const [testId, typed, node] of [['path-from', 'John Kerry', 'john-kerry'], ['path-to', 'North Korea', 'PRK']]) {
      const input = page.getByTestId(testId);
      await input.pressSequentially(typed);
      const firstHit = page.locator(`.search-box:has([data-testid="${testId}"]) .autocomplete li`).first();
      await expect.poll(() => firstHit.getAttribute('data-node')).toBe(node);
      expect(await firstHit.locator('.hit-label').textContent()).toBe(typed);
      await input.press('Enter');
      expect(await input.inputValue()).toBe(typed);
    }
    await page.getByTestId('path-k').fill('2');
    await page.getByTestId('path-find').click();
    const paths = page.getByTestId('path-results').getByTestId('path');
    await expect.poll(() => paths.count()).toBeGreaterThan(0);
    expect(await paths.count()).toBeLessThanOrEqual(2);
    expect(await page.locator('.path-message').textContent()).toContain('from John Kerry to North Korea');
    const firstText = (await paths.first().locator('.path-head').textContent())!;
    expect(firstText).toContain('John Kerry → United States → North Korea');
    expect(await paths.first().textContent()).toContain('condemned the latest missile launch');
    const highlighted = await hook(page, (h) => h.highlightedPath());
    expect(highlighted!.edges).toEqual(expect.arrayContaining(['john-kerry|affiliation|USA|asserted', 'USA|criticism|PRK|asserted']));
    expect(highlighted!.nodes).toEqual(expect.arrayContaining(['john-kerry', 'USA', 'PRK']));
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('pa=john-kerry');
    expect(hash).toContain('pb=PRK');
    expect(hash).toContain('k=2');
    await paths.first().scrollIntoViewIfNeeded();
    await expectScreenshot(page, 'path-john-kerry-north-korea');
    await page.close();
  }, TEST_TIMEOUT);

  it('restores selection, filters and path query from the URL, and again after a reload', async () => {
    const hash = '#node=PRK&rel=alliance,threat&mod=asserted,hypothetical&minw=1&color=community&pa=JPN&pb=KOR&k=2';
    const { page } = await openViewer(harness, hash);
    const check = async () => {
      expect(await hook(page, (h) => h.selectedNode())).toBe('PRK');
      expect(await page.getByTestId('node-title').textContent()).toBe('North Korea');
      const edges = await hook(page, (h) => h.visibleEdges());
      expect(edges.length).toBeGreaterThan(0);
      expect(edges.every((e) => e.includes('|alliance|') || e.includes('|threat|'))).toBe(true);
      expect(edges).toContain('JPN|alliance|KOR|hypothetical');
      expect(await page.getByTestId('toggle-relation-trade').isChecked()).toBe(false);
      expect(await page.getByTestId('toggle-modality-hypothetical').isChecked()).toBe(true);
      expect(await page.getByTestId('color-by').inputValue()).toBe('community');
      expect(await page.getByTestId('path-results').getByTestId('path').count()).toBeGreaterThan(0);
      const state = new URLSearchParams((await hook(page, (h) => h.stateHash())).slice(1));
      expect(Object.fromEntries(state)).toEqual({ node: 'PRK', rel: 'alliance,threat', mod: 'asserted,hypothetical', color: 'community', pa: 'JPN', pb: 'KOR', k: '2' });
    };
    await check();
    await page.reload();
    await page.waitForFunction(() => window.__geokg?.ready() === true);
    await check();
    await expectScreenshot(page, 'restored-from-url');
    await page.close();
  }, TEST_TIMEOUT);

  it('shows hostile labels, aliases, titles and evidence as literal text and runs none of it', async () => {
    const { page, dialogs, errors } = await openViewer(harness);
    await page.getByTestId('search').fill('img src');
    await page.getByTestId('search').press('Enter');
    expect(await hook(page, (h) => h.selectedNode())).toBe('hostile-actor');
    const panel = page.getByTestId('node-panel');
    expect(await panel.getByTestId('node-title').textContent()).toBe('<img src=x onerror="window.__pwned=\'label\'">');
    expect(await panel.textContent()).toContain('<script>window.__pwned="alias"</script>');
    expect(await panel.textContent()).toContain('javascript:alert(1)');
    const evidence = panel.getByTestId('evidence').first();
    expect(await evidence.textContent()).toContain('<img src=x onerror="window.__pwned=\'evidence\'"> backed <script>');
    expect(await evidence.textContent()).toContain('javascript:alert("title")<script>window.__pwned="title"</script>');
    await expect.poll(() => page.getByText('<img src=x onerror="window.__pwned=\'label\'">').first().isVisible()).toBe(true);
    await page.locator('[data-edge="hostile-actor|support|PRK|asserted"]').click();
    expect(await page.getByTestId('edge-panel').textContent()).toContain('see javascript:alert(2)');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('#app img, #app script, #app svg, #app a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await expectScreenshot(page, 'hostile-text-literal');
    await page.close();
  }, TEST_TIMEOUT);
});
