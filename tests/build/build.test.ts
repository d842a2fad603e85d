import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { buildGraph, OUTPUT_FILES, type BuildReport } from '../../src/build/build.js';
import { CACHE_DATABASE, ExtractionCache } from '../../src/build/cache.js';
import { registerBuild, summary } from '../../src/cli/commands/build.js';
import { CliError, EXIT } from '../../src/cli/exit-codes.js';
import { readGraphFile } from '../../src/graph/io.js';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'geokg-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Short wire copies in the layout of the packaged corpus: headline, dateline stamp, body. */
const ARTICLES: Record<string, string> = {
  '2022-02-24-russia-ukraine.txt': 'Russia attacks Ukraine\n\n2022/02/24 09:10\n\nKYIV, Feb. 24 (Reuters) -- Russia attacked Ukraine on Thursday. Russian forces shelled the city of Kharkiv, Ukrainian officials said.\n',
  '2022-02-25-nato-russia.txt': 'NATO condemns Russian assault\n\n2022/02/25 11:00\n\nBRUSSELS, Feb. 25 (Reuters) -- NATO condemned Russia for the attack on Ukraine. Russia attacked Ukraine again overnight, officials said.\n',
  '2022-03-01-germany-france.txt': 'Germany, France hold talks on Ukraine\n\n2022/03/01 15:30\n\nBERLIN, March 1 (Reuters) -- Germany and France held talks in Berlin on Tuesday. Germany pledged to support Ukraine.\n',
  '2022-03-02-us-sanctions.txt': 'U.S. imposes sanctions on Russia\n\n2022/03/02 08:00\n\nWASHINGTON, March 2 (Reuters) -- The United States imposed sanctions on Russia on Wednesday. Japan criticized Russia.\n',
};
const LATE_ARTICLE = {
  name: '2022-03-05-china-russia-trade.txt',
  text: 'China, Russia sign trade deal\n\n2022/03/05 10:00\n\nBEIJING, March 5 (Reuters) -- China and Russia signed a trade deal on Saturday. Russia attacked Ukraine again on Friday.\n',
};

function writeCorpus(dir: string, articles: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, name), text);
  return dir;
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

describe('buildGraph', () => {
  const corpus = writeCorpus(join(tmp, 'corpus'), ARTICLES);
  const cacheDir = join(tmp, 'cache');
  const out = join(tmp, 'graph-out');
  let first: BuildReport;

  beforeAll(async () => {
    first = await buildGraph({ corpus: [corpus], out, cacheDir });
  });

  it('writes graph.json, graph.gexf, evidence.jsonl and build-report.json', () => {
    expect(readdirSync(out).sort()).toEqual(Object.values(OUTPUT_FILES).sort());
    expect(first.documents).toEqual({ total: 4, ok: 4, failed: 0, fromCache: 0, extracted: 4 });
    expect(JSON.parse(read(out, OUTPUT_FILES.report))).toEqual(first);

    const graph = readGraphFile(join(out, OUTPUT_FILES.graph));
    expect(graph.order).toBe(first.entities);
    expect(graph.size).toBe(first.relations.total);
    const attack = graph.getEdgeAttributes('RUS|attack|UKR|asserted');
    expect(attack.documents).toHaveLength(2);
    expect(attack.weight).toBeGreaterThanOrEqual(2);
    expect([attack.firstDate, attack.lastDate]).toEqual(['2022-02-24', '2022-02-25']);
    expect(graph.hasEdge('USA|sanction|RUS|asserted')).toBe(true);
    expect(graph.getAttribute('documents').map((d) => d.title).sort()).toContain('Russia attacks Ukraine');
    expect(first.relations.byType.attack).toBeGreaterThanOrEqual(1);
    graph.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y) && a.size > 0 && /^#[0-9a-fA-F]{6}$/.test(a.color)).toBe(true);
    });

    const gexf = read(out, OUTPUT_FILES.gexf);
    expect(gexf).toMatch(/^<\?xml/);
    expect(gexf).toContain('xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain('RUS|attack|UKR|asserted');

    const evidence = read(out, OUTPUT_FILES.evidence).trimEnd().split('\n').map((line) => JSON.parse(line));
    let expected = 0;
    graph.forEachEdge((_e, a) => { expected += a.evidenceCount; });
    expect(evidence).toHaveLength(expected);
    expect(Object.keys(evidence[0])).toEqual(['edge', 'source', 'target', 'relation', 'modality', 'sentence', 'documentId', 'documentTitle', 'documentDate', 'start', 'end']);
    const text = ARTICLES['2022-02-24-russia-ukraine.txt'];
    const fromFirst = evidence.find((e) => e.edge === 'RUS|attack|UKR|asserted' && e.documentTitle === 'Russia attacks Ukraine');
    expect(fromFirst.sentence).toMatch(/Russia attack(s|ed) Ukraine/);
    expect(text.slice(fromFirst.start, fromFirst.end)).toBe(fromFirst.sentence);
  });

  it('re-extracts nothing on a second build, and writes the same graph', async () => {
    const before = read(out, OUTPUT_FILES.graph);
    const second = await buildGraph({ corpus: [corpus], out, cacheDir });
    expect(second.documents).toEqual({ total: 4, ok: 4, failed: 0, fromCache: 4, extracted: 0 });
    expect(read(out, OUTPUT_FILES.graph)).toBe(before);
  });

  it('after one article is added, extracts only it, and equals a fresh forced build byte for byte', async () => {
    const grown = writeCorpus(join(tmp, 'grown', 'corpus'), ARTICLES);
    const grownOut = join(tmp, 'grown', 'graph-out');
    await buildGraph({ corpus: [grown], out: grownOut, cacheDir });
    writeFileSync(join(grown, LATE_ARTICLE.name), LATE_ARTICLE.text);
    const progress: number[] = [];
    const incremental = await buildGraph({ corpus: [grown], out: grownOut, cacheDir, onProgress: (p) => progress.push(p.done) });
    expect(incremental.documents).toMatchObject({ total: 5, ok: 5, fromCache: 4, extracted: 1 });
    expect(progress).toEqual([1, 2, 3, 4, 5]);

    const freshOut = join(tmp, 'grown', 'fresh-out');
    const fresh = await buildGraph({ corpus: [grown], out: freshOut, cacheDir: join(tmp, 'grown', 'fresh-cache'), force: true });
    expect(fresh.documents).toMatchObject({ fromCache: 0, extracted: 5 });
    for (const name of [OUTPUT_FILES.graph, OUTPUT_FILES.gexf, OUTPUT_FILES.evidence]) {
      expect(read(grownOut, name)).toBe(read(freshOut, name));
    }
    expect(readGraphFile(join(grownOut, OUTPUT_FILES.graph)).hasEdge('CHN|trade|RUS|asserted')).toBe(true);
  });

  it('re-extracts everything with force, and recovers from a corrupt cache entry', async () => {
    const forced = await buildGraph({ corpus: [corpus], out, cacheDir, force: true });
    expect(forced.documents).toMatchObject({ fromCache: 0, extracted: 4 });
    const [namespace] = readdirSync(cacheDir);
    const db = new Database(join(cacheDir, namespace, CACHE_DATABASE));
    const [{ id }] = db.prepare('SELECT id FROM extractions LIMIT 1').all() as Array<{ id: string }>;
    expect(db.prepare('UPDATE extractions SET json = ? WHERE id = ?').run('{ truncated', id).changes).toBe(1);
    db.close();
    const repaired = await buildGraph({ corpus: [corpus], out, cacheDir });
    expect(repaired.documents).toMatchObject({ ok: 4, fromCache: 3, extracted: 1, failed: 0 });
  });

  it('shares one cache between two builds running at once', async () => {
    const shared = join(tmp, 'shared-cache');
    const outs = [join(tmp, 'shared-a'), join(tmp, 'shared-b')];
    const [a, b] = await Promise.all(outs.map((o) => buildGraph({ corpus: [corpus], out: o, cacheDir: shared, jobs: 2 })));
    for (const r of [a, b]) expect(r.documents).toMatchObject({ ok: 4, failed: 0 });
    expect([...a.warnings, ...b.warnings]).toEqual([]);
    expect(read(outs[1], OUTPUT_FILES.graph)).toBe(read(outs[0], OUTPUT_FILES.graph));
    const third = await buildGraph({ corpus: [corpus], out: join(tmp, 'shared-c'), cacheDir: shared });
    expect(third.documents).toMatchObject({ ok: 4, fromCache: 4, extracted: 0 });
  });

  it('commits every cache entry, though the build\'s threads write them in batches', async () => {
    // more documents than a write batch, so that each thread commits full batches and then what it holds at the end
    const many: Record<string, string> = {};
    for (let i = 0; i < 90; i++) {
      many[`item-${String(i).padStart(3, '0')}.txt`] = `Item ${i}\n\n2022/03/${String((i % 28) + 1).padStart(2, '0')} 10:00\n\nKYIV (Reuters) -- Russia attacked Ukraine on Monday, report ${i}.\n`;
    }
    const manyCorpus = writeCorpus(join(tmp, 'many'), many);
    for (const jobs of [1, 2]) {
      const batched = join(tmp, `batched-cache-${jobs}`);
      const first = await buildGraph({ corpus: [manyCorpus], out: join(tmp, `batched-out-${jobs}`), cacheDir: batched, jobs });
      expect(first.documents).toMatchObject({ ok: 90, extracted: 90, fromCache: 0 });
      const [namespace] = readdirSync(batched);
      const committed = new ExtractionCache({ folder: join(batched, namespace) });
      expect(committed.size(), `--jobs ${jobs}`).toBe(90);
      committed.close();
      const again = await buildGraph({ corpus: [manyCorpus], out: join(tmp, `batched-out-${jobs}`), cacheDir: batched, jobs });
      expect(again.documents).toMatchObject({ ok: 90, extracted: 0, fromCache: 90 });
    }
  });

  it('extracts again when the limits or a document\'s date change, not from a cache made under others', async () => {
    const keyed = join(tmp, 'keyed-cache');
    const keyedOut = join(tmp, 'keyed-out');
    const limited = await buildGraph({ corpus: [corpus], out: keyedOut, cacheDir: keyed, limits: { maxSentenceTokens: 5 }, jobs: 1 });
    const full = await buildGraph({ corpus: [corpus], out: keyedOut, cacheDir: keyed, jobs: 1 });
    expect(full.documents).toMatchObject({ extracted: 4, fromCache: 0 });
    expect(full.relations.total).toBeGreaterThan(limited.relations.total);

    // "on Tuesday" is dated from the front matter's date
    const dated = join(tmp, 'dated');
    mkdirSync(dated, { recursive: true });
    const article = (date: string) => `---\ntitle: Criticism\ndate: ${date}\n---\n\nWASHINGTON -- The United States criticized North Korea on Tuesday.\n`;
    writeFileSync(join(dated, 'a.md'), article('2014-07-03'));
    await buildGraph({ corpus: [dated], out: join(tmp, 'dated-out'), cacheDir: keyed, jobs: 1 });
    const firstDates = () => readGraphFile(join(tmp, 'dated-out', OUTPUT_FILES.graph)).mapEdges((_e, a) => a.firstDate);
    expect(firstDates()).toEqual(['2014-07-01']);
    writeFileSync(join(dated, 'a.md'), article('2019-07-03'));
    const redated = await buildGraph({ corpus: [dated], out: join(tmp, 'dated-out'), cacheDir: keyed, jobs: 1 });
    expect(redated.documents).toMatchObject({ extracted: 1, fromCache: 0 });
    expect(firstDates()).toEqual(['2019-07-02']);
  });

  it('does not read back its own outputs when the output folder is inside the corpus', async () => {
    const inside = writeCorpus(join(tmp, 'inside'), ARTICLES);
    const build = () => buildGraph({ corpus: [inside], out: join(inside, 'graph-out'), cacheDir, jobs: 1 });
    expect((await build()).documents).toMatchObject({ total: 4, ok: 4, failed: 0 });
    const again = await build();
    expect(again.documents).toEqual({ total: 4, ok: 4, failed: 0, extracted: 0, fromCache: 4 });
    expect(again.errors).toEqual([]);
  });

  it('keeps the cache folders of the catalogs used last and removes older ones', async () => {
    const pruned = join(tmp, 'pruned-cache');
    const catalogFile = (n: number) => {
      const file = join(tmp, `catalog-${n}.json`);
      writeFileSync(file, JSON.stringify({ entries: [{ id: `gov-${n}`, type: 'organization', label: `Test Agency ${n}` }] }));
      return file;
    };
    const build = (n: number) => buildGraph({ corpus: [corpus], out: join(tmp, 'pruned-out'), cacheDir: pruned, catalogFiles: [catalogFile(n)], cacheKeep: 2, jobs: 1 });
    const one = await build(1);
    expect(one.cachePruned).toEqual([]);
    const [oneFolder] = readdirSync(pruned);
    expect((await build(2)).cachePruned).toEqual([]);
    expect(readdirSync(pruned)).toHaveLength(2);
    // a third catalog: the first, used least recently, goes
    const three = await build(3);
    expect(three.cachePruned).toEqual([oneFolder]);
    expect(three.warnings).toEqual([]);
    expect(readdirSync(pruned)).toHaveLength(2);
    expect(readdirSync(pruned)).not.toContain(oneFolder);
    // so going back to the first catalog extracts again, and a repeat of the third does not
    expect((await build(1)).documents).toMatchObject({ extracted: 4, fromCache: 0 });
    expect((await build(1)).documents).toMatchObject({ extracted: 0, fromCache: 4 });
    await expect(buildGraph({ corpus: [corpus], out: join(tmp, 'pruned-out'), cacheDir: pruned, cacheKeep: 0 })).rejects.toThrow(/keep must be a positive integer, got 0/);
  });

  it('replaces a cache database that is not one before its workers open it, and warns once', async () => {
    const badCache = join(tmp, 'bad-cache');
    const [namespace] = readdirSync(cacheDir);
    mkdirSync(join(badCache, namespace), { recursive: true });
    writeFileSync(join(badCache, namespace, CACHE_DATABASE), 'not a database, '.repeat(100));
    const first = await buildGraph({ corpus: [corpus], out: join(tmp, 'bad-cache-out'), cacheDir: badCache, jobs: 2 });
    expect(first.documents).toMatchObject({ ok: 4, extracted: 4, fromCache: 0, failed: 0 });
    expect(first.warnings.filter((w) => w.includes('not a readable cache database'))).toHaveLength(1);
    const second = await buildGraph({ corpus: [corpus], out: join(tmp, 'bad-cache-out'), cacheDir: badCache, jobs: 2 });
    expect(second.documents).toMatchObject({ ok: 4, extracted: 0, fromCache: 4 });
    expect(second.warnings).toEqual([]);
  });

  it('builds without the cache, saying so once, when its folder cannot be made', async () => {
    const blocked = join(tmp, 'blocked-cache');
    writeFileSync(blocked, 'a file where the cache folder should be');
    const report = await buildGraph({ corpus: [corpus], out: join(tmp, 'blocked-out'), cacheDir: blocked, jobs: 2 });
    expect(report.documents).toMatchObject({ ok: 4, extracted: 4, failed: 0 });
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(/^geokg\/cache: cannot open .*; building without the cache$/);
  });

  it('reports broken documents and builds everything else', async () => {
    const mixed = writeCorpus(join(tmp, 'mixed'), {
      ...ARTICLES,
      'empty.txt': '',
      'feed.jsonl': `${JSON.stringify({ title: 'Japan protests', date: '2022-03-03', text: 'Japan condemned Russia on Thursday.' })}\n{ not json\n`,
    });
    const mixedOut = join(tmp, 'mixed-out');
    const report = await buildGraph({ corpus: [mixed], out: mixedOut, cacheDir });
    expect(report.documents).toMatchObject({ total: 7, ok: 5, failed: 2 });
    expect(report.errors).toHaveLength(2);
    expect(report.errors.find((e) => e.path.endsWith('empty.txt'))?.error).toMatch(/empty/);
    expect(report.errors.find((e) => e.path.endsWith('feed.jsonl'))).toMatchObject({ line: 2 });
    expect(JSON.parse(read(mixedOut, OUTPUT_FILES.report)).errors).toEqual(report.errors);
    expect(readGraphFile(join(mixedOut, OUTPUT_FILES.graph)).hasNode('JPN')).toBe(true);
  });

  it('writes nothing when no document can be built', async () => {
    const broken = writeCorpus(join(tmp, 'broken'), { 'empty.txt': '   \n' });
    const brokenOut = join(tmp, 'broken-out');
    const report = await buildGraph({ corpus: [broken], out: brokenOut, cacheDir });
    expect(report.documents).toMatchObject({ total: 1, ok: 0, failed: 1 });
    expect(report.outputs).toEqual([]);
    expect(existsSync(brokenOut)).toBe(false);
  });
});

describe('geokg build (command)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  async function run(cwd: string, ...args: string[]): Promise<{ stdout: string; error: unknown }> {
    const program = new Command('geokg').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
    registerBuild(program);
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { stdout += String(chunk); return true; });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(process, 'cwd').mockReturnValue(cwd);
    let error: unknown;
    try {
      await program.parseAsync(['node', 'geokg', 'build', ...args]);
    } catch (err) {
      error = err;
    }
    vi.restoreAllMocks();
    return { stdout, error };
  }

  it('builds, prints a summary and exits 3 when some documents failed', async () => {
    const dir = join(tmp, 'cli');
    const corpus = writeCorpus(join(dir, 'news'), { ...ARTICLES, 'empty.txt': '' });
    const out = join(dir, 'out');
    const { stdout, error } = await run(dir, corpus, '--out', out, '--evidence-cap', '1', '--quiet');
    expect(error).toBeUndefined();
    expect(stdout).toBe('');
    expect(process.exitCode).toBe(EXIT.PARTIAL);
    const graph = readGraphFile(join(out, OUTPUT_FILES.graph));
    graph.forEachEdge((_e, a) => expect(a.evidence.length).toBeLessThanOrEqual(1));

    process.exitCode = undefined;
    const again = await run(dir, corpus, '--out', out);
    expect(again.stdout).toMatch(/documents: 5 \(4 built: 0 extracted, 4 from cache; 1 failed\)/);
    expect(again.stdout).toMatch(/relations: \d+ \(\d+ asserted/);
    expect(again.stdout).toMatch(/empty\.txt: .*empty/);
    expect(process.exitCode).toBe(EXIT.PARTIAL);
  });

  it('refuses, before extracting anything, an output folder that is a file, and a corpus that does not exist', async () => {
    const dir = join(tmp, 'cli-refused');
    const corpus = writeCorpus(join(dir, 'news'), ARTICLES);
    writeFileSync(join(dir, 'out-file'), 'not a folder');
    const blocked = await run(dir, corpus, '--out', join(dir, 'out-file'), '--quiet');
    expect(blocked.error).toBeInstanceOf(CliError);
    expect((blocked.error as CliError).exitCode).toBe(EXIT.FAILURE);
    expect((blocked.error as CliError).message).toBe(`build: cannot write the output folder ${join(dir, 'out-file')}: it is a file`);
    const below = await run(dir, corpus, '--out', join(dir, 'out-file', 'graph'), '--quiet');
    expect((below.error as CliError).message).toMatch(/out-file\/graph: .*out-file is a file$/);
    // nothing was extracted: no cache was made in the working directory
    expect(existsSync(join(dir, '.geokg-cache'))).toBe(false);
    const missing = await run(dir, join(dir, 'no-such-corpus'), '--quiet');
    expect((missing.error as CliError).exitCode).toBe(EXIT.USAGE);
    expect((missing.error as CliError).message).toBe(`build: no such file or folder: ${join(dir, 'no-such-corpus')}`);
  });

  it('names a broken file once per error line', () => {
    const report = { documents: { total: 2, ok: 1, failed: 1, fromCache: 0, extracted: 1 }, entities: 0, relations: { total: 0, byType: {}, byModality: { asserted: 0, hypothetical: 0, negated: 0 } },
      errors: [{ path: 'news/a.md', line: 2, error: 'geokg/corpus: news/a.md:2: front matter is not valid YAML' }, { path: 'news/b.txt', error: 'extraction failed: boom' }],
      warnings: [], cachePruned: [], timings: { catalog: 0, extract: 0, aggregate: 0, metrics: 0, layout: 0, write: 0, total: 0 }, extractorVersion: 'x1', corpus: ['news'], out: 'out', outputs: [] } as unknown as BuildReport;
    const text = summary(report);
    expect(text).toContain('\n  news/a.md:2: front matter is not valid YAML\n');
    expect(text).toContain('\n  news/b.txt: extraction failed: boom\n');
  });

  it('exits 1 when nothing could be built, and 2 on a bad --evidence-cap', async () => {
    const dir = join(tmp, 'cli-empty');
    const corpus = writeCorpus(join(dir, 'news'), { 'empty.txt': '' });
    const { error } = await run(dir, corpus, '--out', join(dir, 'out'), '--quiet');
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.FAILURE);
    const bad = await run(dir, corpus, '--evidence-cap', 'many');
    expect((bad.error as { code?: string }).code).toBe('commander.invalidArgument');
    const badKeep = await run(dir, corpus, '--cache-keep', '0');
    expect((badKeep.error as { code?: string }).code).toBe('commander.invalidArgument');
  });
});

describe('an interrupted build', () => {
  const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

  /** node arguments that run `geokg build ...`: the real entry when build is registered there. */
  async function cliArgs(args: string[]): Promise<string[]> {
    const { COMMANDS } = await import('../../src/cli/commands/index.js');
    if (COMMANDS.includes(registerBuild)) return ['--import', TSX_LOADER, join(ROOT, 'src', 'cli', 'main.ts'), 'build', ...args];
    const commander = pathToFileURL(join(ROOT, 'node_modules', 'commander', 'esm.mjs')).href;
    const command = pathToFileURL(join(ROOT, 'src', 'cli', 'commands', 'build.ts')).href;
    const entry = `import { Command } from ${JSON.stringify(commander)};
      const { registerBuild } = await import(${JSON.stringify(command)});
      const program = new Command('geokg'); registerBuild(program);
      await program.parseAsync(process.argv.slice(1), { from: 'user' });`;
    return ['--import', TSX_LOADER, '--input-type=module', '-e', entry, 'build', ...args];
  }

  /** Entries in the cache databases under a cache root, read through a connection of its own. */
  function countCached(root: string): number {
    if (!existsSync(root)) return 0;
    let count = 0;
    for (const namespace of readdirSync(root)) {
      if (!existsSync(join(root, namespace, CACHE_DATABASE))) continue;
      const cache = new ExtractionCache({ folder: join(root, namespace) });
      count += cache.size();
      cache.close();
    }
    return count;
  }

  it('leaves the previous graph-out byte-identical and the cache usable', async () => {
    const dir = join(tmp, 'killed');
    const out = join(dir, 'graph-out');
    // A previous, complete build.
    const small = writeCorpus(join(dir, 'small'), ARTICLES);
    const previous = await buildGraph({ corpus: [small], out, cacheDir: join(dir, 'other-cache') });
    expect(previous.outputs).toHaveLength(4);
    const snapshot = new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));

    // A corpus big enough that the build is still extracting when it is killed.
    const big: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) {
      big[`article-${String(i).padStart(4, '0')}.txt`] =
        `Report ${i}\n\n2022/03/${String((i % 28) + 1).padStart(2, '0')} 10:00\n\nKYIV (Reuters) -- Russia attacked Ukraine on Monday, item ${i}. Germany and France held talks about it, note ${i}.\n`;
    }
    const bigCorpus = writeCorpus(join(dir, 'big'), big);
    const cache = join(dir, '.geokg-cache');
    const child = spawn(process.execPath, await cliArgs([bigCorpus, '--out', out, '--quiet']), { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += String(chunk); });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.on('exit', (code, signal) => resolve({ code, signal }));
    });
    let done = false;
    void exited.then(() => { done = true; });
    const deadline = Date.now() + 60_000;
    while (!done && countCached(cache) < 30 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(done, `the build ended before it could be interrupted: ${stderr}`).toBe(false);
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');

    expect(readdirSync(out).sort()).toEqual([...snapshot.keys()].sort());
    for (const [name, bytes] of snapshot) expect(readFileSync(join(out, name)).equals(bytes), name).toBe(true);

    // Every entry written before the kill is reused by the next build. Which files those are
    // depends on how the workers were scheduled, so the resumed build reads the whole corpus.
    const cachedAtKill = countCached(cache);
    const resumedOut = join(dir, 'resumed-out');
    const second = spawn(process.execPath, await cliArgs([bigCorpus, '--out', resumedOut, '--quiet']), { cwd: dir, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => second.on('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    const report = JSON.parse(read(resumedOut, OUTPUT_FILES.report)) as BuildReport;
    expect(cachedAtKill).toBeGreaterThanOrEqual(30);
    expect(report.documents).toMatchObject({ total: 1500, ok: 1500, fromCache: cachedAtKill, extracted: 1500 - cachedAtKill });
  }, 120_000);
});
