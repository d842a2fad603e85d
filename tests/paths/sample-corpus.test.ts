/**
 * Path queries on the real sample corpus: the graph that `npm start` shows. "How is John
 * Kerry connected to North Korea?" must have an answer whose every hop carries evidence.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build/build.js';
import { readGraphFile } from '../../src/graph/io.js';
import { findPaths, resolveEntity, egoNetwork } from '../../src/paths/index.js';
import type { GeoGraph } from '../../src/graph/types.js';

let dir: string;
let graph: GeoGraph;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'geokg-sample-paths-'));
  await buildGraph({ corpus: ['corpus'], out: join(dir, 'out'), cacheDir: join(dir, 'cache'), jobs: 1 });
  graph = readGraphFile(join(dir, 'out', 'graph.json'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('paths on the sample corpus', () => {
  it('resolves the names a researcher types', () => {
    expect(resolveEntity(graph, 'John Kerry')).toBe('john-kerry');
    expect(resolveEntity(graph, 'North Korea')).toBe('PRK');
    expect(resolveEntity(graph, 'Pyongyang')).toBe('PRK');
    expect(resolveEntity(graph, 'seoul')).toBe('KOR');
  });

  it('connects John Kerry to North Korea, every hop with evidence from the corpus', () => {
    const paths = findPaths(graph, 'john-kerry', 'PRK', { k: 3 });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes[0]).toBe('john-kerry');
      expect(path.nodes[path.nodes.length - 1]).toBe('PRK');
      expect(new Set(path.nodes).size).toBe(path.nodes.length);
      for (const hop of path.hops) {
        expect(hop.modality).toBe('asserted');
        expect(hop.evidence?.sentence.length ?? 0).toBeGreaterThan(10);
        expect(graph.getEdgeAttribute(hop.edge, 'documents').length).toBeGreaterThan(0);
      }
    }
  });

  it('answers with alliances only when asked, and finds South Korea among Kerry\'s neighbours', () => {
    for (const path of findPaths(graph, 'USA', 'KOR', { k: 2, types: ['alliance'] })) {
      expect(path.hops.every((h) => h.relation === 'alliance')).toBe(true);
    }
    const ego = egoNetwork(graph, 'john-kerry', { depth: 1 });
    expect(ego.nodes.map((n) => n.id)).toContain('KOR');
  });
});
