/**
 * `geokg build` run twice on the packaged corpus through the real CLI: the second run
 * extracts nothing, says so in its summary, and writes the same graph.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/build/build.js';
import { ROOT, runCli, type CliRun } from '../reliability/helpers.js';

const CORPUS = join(ROOT, 'corpus');
const cwd = mkdtempSync(join(tmpdir(), 'geokg-build-cli-'));
const out = join(cwd, 'graph-out');
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const report = (): BuildReport => JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as BuildReport;
const graphText = () => readFileSync(join(out, 'graph.json'), 'utf8');

describe('geokg build, twice on an unchanged corpus', () => {
  let first: CliRun;
  let firstReport: BuildReport;
  let firstGraph: string;
  let second: CliRun;
  beforeAll(async () => {
    // the cache lives in the working directory (.geokg-cache), a fresh one here
    first = await runCli(['build', CORPUS, '--out', out], { cwd });
    firstReport = report();
    firstGraph = graphText();
    second = await runCli(['build', CORPUS, '--out', out], { cwd });
  }, 180_000);

  it('extracts every document the first time', () => {
    expect(first.code, first.stderr).toBe(0);
    const total = firstReport.documents.total;
    expect(total).toBeGreaterThan(1);
    expect(firstReport.documents).toMatchObject({ ok: total, extracted: total, fromCache: 0, failed: 0 });
    expect(first.stdout).toContain(`documents: ${total} (${total} built: ${total} extracted, 0 from cache; 0 failed)`);
    expect(first.stdout).not.toContain('nothing to extract');
  });

  it('extracts nothing the second time and says so', () => {
    expect(second.code, second.stderr).toBe(0);
    const total = firstReport.documents.total;
    expect(report().documents).toMatchObject({ total, ok: total, extracted: 0, fromCache: total, failed: 0 });
    expect(second.stdout).toContain(`documents: ${total} (${total} built: 0 extracted, ${total} from cache; 0 failed)`);
    expect(second.stdout).toContain(`nothing to extract: all ${total} documents unchanged (from cache)`);
  });

  it('writes the same graph from the cache', () => {
    expect(graphText()).toBe(firstGraph);
  });

  it('extracts everything again with --force, without the notice', async () => {
    const forced = await runCli(['build', CORPUS, '--out', out, '--force'], { cwd });
    expect(forced.code, forced.stderr).toBe(0);
    expect(report().documents.extracted).toBe(firstReport.documents.total);
    expect(forced.stdout).not.toContain('nothing to extract');
  }, 120_000);
});

describe('geokg build with more jobs than cores', () => {
  it('warns, and builds', async () => {
    const one = join(cwd, 'one');
    mkdirSync(one);
    copyFileSync(join(CORPUS, readdirSync(CORPUS).find((f) => f.endsWith('.txt'))!), join(one, 'article.txt'));
    const run = await runCli(['build', one, '--out', join(cwd, 'one-out'), '--jobs', '64', '--quiet'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning: --jobs 64 is more than the \d+ cores here/);
    expect((JSON.parse(readFileSync(join(cwd, 'one-out', 'build-report.json'), 'utf8')) as BuildReport).documents.ok).toBe(1);
  }, 120_000);
});
