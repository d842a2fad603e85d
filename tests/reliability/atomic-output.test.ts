/**
 * A build whose output cannot be written must leave the previous graph-out as it was and
 * say why. tests/build/build.test.ts kills a build while it extracts; these make the
 * writing itself fail: graph.gexf is a folder (the write fails half way, after
 * evidence.jsonl), or the output folder is read-only (it fails on the first file).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, OUTPUT_FILES } from '../../src/build/build.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { ROOT, runCli, type CliRun } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'geokg-rel-atomic-'));
afterAll(() => {
  chmodSync(tmp, 0o700);
  rmSync(tmp, { recursive: true, force: true });
});

const ARTICLES: Record<string, string> = {
  'a.txt': 'Russia attacks Ukraine\n\n2022/02/24 09:10\n\nKYIV, Feb. 24 (Reuters) -- Russia attacked Ukraine on Thursday.\n',
  'b.txt': 'NATO condemns Russia\n\n2022/02/25 11:00\n\nBRUSSELS, Feb. 25 (Reuters) -- NATO condemned Russia for the attack on Ukraine.\n',
};
const LATER = { 'c.txt': 'China, Russia sign trade deal\n\n2022/03/05 10:00\n\nBEIJING, March 5 (Reuters) -- China and Russia signed a trade deal on Saturday.\n' };

function writeCorpus(dir: string, articles: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, name), text);
  return dir;
}

/** graph-out of a complete build of the first two articles, and its bytes. */
async function previousBuild(dir: string): Promise<{ corpus: string; out: string; snapshot: Map<string, Buffer> }> {
  const corpus = writeCorpus(join(dir, 'corpus'), ARTICLES);
  const out = join(dir, 'graph-out');
  const report = await buildGraph({ corpus: [corpus], out, cacheDir: join(dir, 'cache') });
  expect(report.outputs).toHaveLength(4);
  const snapshot = new Map(Object.values(OUTPUT_FILES).map((name) => [name, readFileSync(join(out, name))]));
  return { corpus, out, snapshot };
}

const unchanged = (out: string, snapshot: Map<string, Buffer>, name: string) => readFileSync(join(out, name)).equals(snapshot.get(name)!);
const leftovers = (out: string) => readdirSync(out).filter((f) => f.endsWith('.tmp'));

describe('a build whose graph.gexf cannot be replaced', () => {
  let out: string;
  let snapshot: Map<string, Buffer>;
  let run: CliRun;

  beforeAll(async () => {
    const dir = join(tmp, 'gexf-is-a-folder');
    const previous = await previousBuild(dir);
    ({ out, snapshot } = previous);
    // a folder where graph.gexf should go: renaming the new file over it fails
    rmSync(join(out, OUTPUT_FILES.gexf));
    mkdirSync(join(out, OUTPUT_FILES.gexf, 'keep'), { recursive: true });
    writeCorpus(previous.corpus, LATER);
    run = await runCli(['build', previous.corpus, '--out', out, '--quiet'], { cwd: dir });
  }, 60_000);

  it('fails with exit code 1 and says which file could not be written', () => {
    expect(run.code).toBe(EXIT.FAILURE);
    expect(run.stderr).toMatch(/^geokg: build: .*graph\.gexf/m);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('geokg:'))).toHaveLength(1);
  });

  it('leaves the previous graph.json and build-report.json byte for byte, and no temporary file', () => {
    expect(unchanged(out, snapshot, OUTPUT_FILES.graph)).toBe(true);
    expect(unchanged(out, snapshot, OUTPUT_FILES.report)).toBe(true);
    expect(leftovers(out)).toEqual([]);
  });

  // KNOWN BUG (src/build/build.ts, buildGraph): the outputs are renamed into place one by
  // one, evidence.jsonl first; when graph.gexf then fails, evidence.jsonl already holds the
  // new build's evidence while graph.json is the old graph, so the two disagree (evidence of
  // c.txt's CHN|trade|RUS edge that graph.json does not have). Expected: write every file to
  // a temporary name first and rename only when all were written.
  it('leaves evidence.jsonl consistent with graph.json', () => {
    expect(unchanged(out, snapshot, OUTPUT_FILES.evidence)).toBe(true);
  });
});

/** Whether a child process running as `nobody` can read the project (needed to drop root). */
function nobodyCanRunCli(): boolean {
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(join(ROOT, 'src', 'cli', 'main.ts'))})`], { uid: 65534, gid: 65534 });
  return probe.status === 0;
}

const isRoot = process.getuid?.() === 0;
const canDropRoot = isRoot && nobodyCanRunCli();
if (isRoot && !canDropRoot) console.warn('NOTICE: skipping the read-only output test: running as root and user nobody cannot read the project');

describe.skipIf(isRoot && !canDropRoot)('a build into a read-only output folder', () => {
  it('fails naming the permission problem and leaves every previous file as it was', async () => {
    const dir = join(tmp, 'read-only');
    const { corpus, out, snapshot } = await previousBuild(dir);
    writeCorpus(corpus, LATER);
    chmodSync(out, 0o555);
    // root writes anywhere: the build runs as nobody, which needs to reach the corpus and a cache folder
    if (isRoot) {
      for (const d of [tmp, dir, corpus]) chmodSync(d, 0o755);
      const work = join(dir, 'work');
      mkdirSync(work, { mode: 0o777 });
      chmodSync(work, 0o777);
    }
    const run = await runCli(['build', corpus, '--out', out, '--quiet'], isRoot ? { cwd: join(dir, 'work'), uid: 65534, gid: 65534 } : { cwd: dir });
    chmodSync(out, 0o755);
    expect(run.code).toBe(EXIT.FAILURE);
    expect(run.stderr).toMatch(/^geokg: build: .*(EACCES|permission denied)/im);
    for (const name of Object.values(OUTPUT_FILES)) expect(unchanged(out, snapshot, name), name).toBe(true);
    expect(leftovers(out)).toEqual([]);
  }, 60_000);
});
