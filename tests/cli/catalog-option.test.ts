/**
 * Catalogs on the command line, through the real CLI: the catalog.json of every corpus
 * folder given is read, and `--catalog FILE` takes one file each time it is given, so the
 * corpus paths after it stay corpus paths.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../reliability/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'geokg-catalog-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function corpusWithCatalog(name: string, entity: { id: string; label: string }, sentence: string): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'catalog.json'), JSON.stringify({ entries: [{ ...entity, type: 'organization' }] }));
  writeFileSync(join(folder, `${name}.txt`), `${sentence}\n`);
  return folder;
}

const first = corpusWithCatalog('first', { id: 'alpha-works', label: 'Alpha Works' }, 'Alpha Works criticized Japan on Monday.');
const second = corpusWithCatalog('second', { id: 'zorblax', label: 'Zorblax Industries' }, 'Zorblax Industries criticized China on Monday.');
const extra = join(dir, 'extra.json');
writeFileSync(extra, JSON.stringify({ entries: [{ id: 'beta-group', type: 'organization', label: 'Beta Group' }] }));
const more = join(dir, 'more.json');
writeFileSync(more, JSON.stringify({ entries: [{ id: 'gamma-fund', type: 'organization', label: 'Gamma Fund' }] }));
writeFileSync(join(second, 'more.txt'), 'Beta Group and Gamma Fund criticized Russia on Monday.\n');

/** Entity id -> linked, over every document `geokg entities --json` printed. */
function linkedIds(stdout: string): Map<string, boolean> {
  const ids = new Map<string, boolean>();
  for (const line of stdout.trim().split('\n')) {
    const { entities } = JSON.parse(line) as { entities: Array<{ id: string; linked: boolean }> };
    for (const e of entities) ids.set(e.id, e.linked);
  }
  return ids;
}

describe('catalogs given to a command', () => {
  it('reads the catalog.json of every corpus folder, not only the first', async () => {
    const run = await runCli(['entities', '--json', first, second], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const ids = linkedIds(run.stdout);
    expect(ids.get('alpha-works')).toBe(true);
    expect(ids.get('zorblax')).toBe(true);
  }, 60_000);

  it('takes one file per --catalog, repeated, and the paths after it as the corpus', async () => {
    const run = await runCli(['entities', '--json', '--catalog', extra, '--catalog', more, second], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const ids = linkedIds(run.stdout);
    expect([ids.get('beta-group'), ids.get('gamma-fund'), ids.get('zorblax')]).toEqual([true, true, true]);
  }, 60_000);
});
