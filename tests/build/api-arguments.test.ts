/**
 * The library's entry points with wrong arguments: a clear TypeError naming the module and
 * the bad value, not an error from deep inside; and the records extract() yields, which
 * aggregateExtractions takes as they come.
 */
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract, extractText } from '../../src/api.js';
import { buildGraph } from '../../src/build/build.js';
import { aggregateExtractions, GraphAggregator } from '../../src/graph/aggregate.js';
import type { ExtractionResult } from '../../src/model.js';

const dir = mkdtempSync(join(tmpdir(), 'geokg-api-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all(results: AsyncIterable<ExtractionResult>): Promise<ExtractionResult[]> {
  const out: ExtractionResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('library arguments', () => {
  it('refuses a path given as a string, a text that is not one and a date that is not ISO', async () => {
    await expect(all(extract('corpus' as never))).rejects.toThrow('geokg/api: extract takes an array of file or folder paths, got "corpus"');
    expect(() => extractText(undefined as never)).toThrow('geokg/api: extractText takes the text as a string, got undefined');
    expect(() => extractText('Russia attacked Ukraine.', { date: 'yesterday' })).toThrow('geokg/api: date must be an ISO date (YYYY-MM-DD), got "yesterday"');
    expect(extractText('Russia attacked Ukraine.', { date: '2022-02-24' }).document.date).toBe('2022-02-24');
  });

  it('refuses build options without a corpus list or an output folder', async () => {
    await expect(buildGraph({} as never)).rejects.toThrow(/^geokg\/build: buildGraph takes \{ corpus: an array of paths, out: a folder \}/);
    await expect(buildGraph(undefined as never)).rejects.toThrow(/^geokg\/build: buildGraph takes .*, got undefined$/);
    await expect(buildGraph({ corpus: 'corpus', out: 'x' } as never)).rejects.toThrow(/got \{"corpus":"corpus","out":"x"\}/);
  });

  it('reads the catalog.json of the corpus folders given, as geokg extract does', async () => {
    const corpus = join(dir, 'with-catalog');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'catalog.json'), JSON.stringify({ entries: [{ id: 'zorbania', type: 'country', label: 'Zorbania' }] }));
    writeFileSync(join(corpus, 'a.txt'), 'Zorbania condemned Japan on Monday.\n');
    const [result] = await all(extract([corpus]));
    expect(result && 'entities' in result ? result.entities.map((e) => e.id).sort() : result).toEqual(['JPN', 'zorbania']);
  });

  it('names a broken JSON line once in its error record, and aggregateExtractions skips such records', async () => {
    const corpus = join(dir, 'feed');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'feed.jsonl'), `${JSON.stringify({ title: 'A', date: '2022-02-24', text: 'Russia attacked Ukraine on Thursday.' })}\n{ not json\n`);
    const results = await all(extract([corpus]));
    const broken = results.find((r) => 'error' in r)!;
    expect('error' in broken && broken.error).toMatch(new RegExp(`^geokg/corpus: ${join(corpus, 'feed.jsonl')}:2: `));
    const graph = aggregateExtractions(results);
    expect(graph.hasEdge('RUS|attack|UKR|asserted')).toBe(true);
    expect(() => new GraphAggregator().add(broken as never)).toThrow(/^geokg\/aggregate: .*feed\.jsonl is an error record, with no graph to add/);
  });
});
