import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatOf, walkCorpus, walkCorpusSync, type WalkEntry, type WalkOptions } from '../../src/corpus/walk.js';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'geokg-walk-'));
});
afterEach(() => {
  // Restore permissions first so the temp folder can be removed.
  try { chmodSync(join(root, 'locked'), 0o755); } catch { /* not created by this test */ }
  rmSync(root, { recursive: true, force: true });
});

function write(rel: string, content = 'Some text.\n'): void {
  const path = join(root, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

/** The walk's entries, through the stream and the synchronous walk alike (they must agree). */
async function collect(paths: string[], options?: WalkOptions): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  for await (const entry of walkCorpus(paths, options)) out.push(entry);
  expect([...walkCorpusSync(paths, options)]).toEqual(out);
  return out;
}

const rel = (entries: WalkEntry[]) => entries.map((e) => relative(root, e.path));
// Tests run as root in the container, where chmod 000 does not stop reads.

describe('walkCorpus', () => {
  it('walks folders recursively in sorted, stable order and keeps only corpus formats', async () => {
    for (const f of ['b.txt', 'a.md', 'sub/z.html', 'sub/y.htm', 'A.json', 'feed.jsonl', 'notes.markdown', 'data.csv', 'image.png']) write(f);
    const entries = await collect([root]);
    expect(entries.every((e) => e.ok)).toBe(true);
    expect(rel(entries)).toEqual(['A.json', 'a.md', 'b.txt', 'feed.jsonl', 'notes.markdown', 'sub/y.htm', 'sub/z.html']);
    expect(rel(await collect([root]))).toEqual(rel(entries));
    expect(entries.map((e) => e.ok && e.format)).toEqual(['json', 'markdown', 'text', 'jsonl', 'markdown', 'html', 'html']);
  });

  it('skips hidden entries, node_modules and the root catalog.json, but not a nested catalog.json', async () => {
    for (const f of ['.hidden.txt', '.git/x.txt', 'node_modules/pkg/readme.md', 'catalog.json', 'nested/catalog.json', 'kept.txt']) write(f);
    expect(rel(await collect([root]))).toEqual(['kept.txt', 'nested/catalog.json']);
  });

  it('leaves out the folders to skip, however they are reached, and nothing else', async () => {
    for (const f of ['a.txt', 'graph-out/graph.json', 'graph-out/evidence.jsonl', 'graph-out-notes/b.txt', 'sub/c.md']) write(f);
    symlinkSync(join(root, 'graph-out'), join(root, 'sub', 'linked-out'));
    expect(rel(await collect([root], { skip: [join(root, 'graph-out')] }))).toEqual(['a.txt', 'graph-out-notes/b.txt', 'sub/c.md']);
    // given relative to the working directory, and a folder that does not exist yet
    const relativeOut = relative(process.cwd(), join(root, 'graph-out'));
    expect(rel(await collect([root], { skip: [relativeOut, join(root, 'not-yet')] }))).toEqual(['a.txt', 'graph-out-notes/b.txt', 'sub/c.md']);
    expect(rel(await collect([root]))).toContain('graph-out/graph.json');
  });

  it('takes explicitly named files as given, unknown extensions as text', async () => {
    write('story.text');
    write('b.txt');
    const entries = await collect([join(root, 'story.text'), join(root, 'b.txt')]);
    expect(entries.map((e) => e.ok && e.format)).toEqual(['text', 'text']);
    expect(rel(entries)).toEqual(['story.text', 'b.txt']);
  });

  it('follows symbolic links and reports a link loop instead of walking forever', async () => {
    write('real/one.txt');
    write('other/two.txt');
    symlinkSync(join(root, 'real'), join(root, 'real', 'loop'));
    symlinkSync(join(root, 'other'), join(root, 'linked'));
    symlinkSync(join(root, 'other', 'two.txt'), join(root, 'real', 'alias.txt'));
    const entries = await collect([root]);
    expect(rel(entries.filter((e) => e.ok))).toEqual(['linked/two.txt', 'other/two.txt', 'real/alias.txt', 'real/one.txt']);
    const loops = entries.filter((e) => !e.ok);
    expect(loops).toHaveLength(1);
    expect(loops[0].path).toBe(join(root, 'real', 'loop'));
    expect(!loops[0].ok && loops[0].error).toMatch(/symbolic link loop/);
  });

  it('reports a dangling symbolic link as unreadable and goes on', async () => {
    // Unreadable whatever the user: the entry exists in the folder but its target does not.
    write('a.txt');
    symlinkSync(join(root, 'missing.txt'), join(root, 'b-dangling.txt'));
    write('c.txt');
    const entries = await collect([root]);
    expect(rel(entries)).toEqual(['a.txt', 'b-dangling.txt', 'c.txt']);
    expect(entries[1].ok).toBe(false);
    expect(!entries[1].ok && entries[1].error).toContain('b-dangling.txt: cannot read');
  });

  it('reports a FIFO without opening it (a read would block)', async () => {
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    write('z.txt');
    const entries = await collect([root]);
    expect(entries.map((e) => e.ok)).toEqual([false, true]);
    expect(!entries[0].ok && entries[0].error).toContain('a FIFO');
  });

  it('reports a path that does not exist', async () => {
    const [entry] = await collect([join(root, 'nope')]);
    expect(entry.ok).toBe(false);
    expect(!entry.ok && entry.error).toContain('nope: cannot read');
  });

  it('streams: entries are discovered as they are consumed', async () => {
    write('a/1.txt');
    write('b/2.txt');
    const walk = walkCorpus([root]);
    const first = await walk.next();
    expect(first.done).toBe(false);
    // A file created in a folder not yet entered is found: the walk lists each folder only on arrival.
    write('b/3.txt');
    const rest: WalkEntry[] = [];
    for await (const entry of walk) rest.push(entry);
    expect(rel(rest)).toEqual(['b/2.txt', 'b/3.txt']);
  });

  it('formatOf maps extensions case-insensitively', () => {
    expect(formatOf('X.HTM')).toBe('html');
    expect(formatOf('a.markdown')).toBe('markdown');
    expect(formatOf('a.pdf')).toBeNull();
  });
});
