import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGraphFile } from '../../src/graph/io.js';
import { RELATION_TYPES } from '../../src/model.js';
import type { GeoGraph } from '../../src/graph/types.js';
import { PathOptionError, findPaths, resolvePathOptions, weightedEdgeCost } from '../../src/paths/find-paths.js';
import type { PathResult } from '../../src/paths/types.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/graphs/paths-sample.json', import.meta.url));

function sample(): GeoGraph {
  return readGraphFile(FIXTURE);
}

const route = (path: PathResult): string => path.nodes.join(' ');

describe('findPaths on the seed-article sample', () => {
  it('connects John Kerry to North Korea through the U.S.-South Korea alliance, every hop with evidence', () => {
    const graph = sample();
    const paths = findPaths(graph, 'john-kerry', 'PRK', { k: 5 });
    const viaSeoul = paths.find((p) => route(p) === 'john-kerry USA KOR PRK' && p.hops[1].relation === 'alliance');
    expect(viaSeoul).toBeDefined();
    const [affiliation, alliance, threat] = viaSeoul!.hops;
    expect(affiliation).toMatchObject({ from: 'john-kerry', to: 'USA', relation: 'affiliation', directed: true, forward: true });
    expect(alliance).toMatchObject({ from: 'USA', to: 'KOR', relation: 'alliance', directed: false });
    expect(threat).toMatchObject({ from: 'KOR', to: 'PRK', relation: 'threat', directed: true, forward: false });
    for (const path of paths) {
      expect(path.hops.length).toBe(3); // the sample has five 3-hop routes and none shorter
      for (const hop of path.hops) {
        expect(hop.modality).toBe('asserted');
        expect(hop.evidence?.sentence).toBe(graph.getEdgeAttribute(hop.edge, 'evidence')[0].sentence);
        expect(hop.evidence?.documentDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('treats parallel edges as different hops', () => {
    const paths = findPaths(sample(), 'USA', 'KOR', { k: 5, maxHops: 1 });
    expect(paths.map((p) => p.hops[0].relation).sort()).toEqual(['alliance', 'cooperation']);
  });

  it('prefers strong, well-evidenced edges when weighted', () => {
    const graph = sample();
    const [best] = findPaths(graph, 'john-kerry', 'PRK', { k: 1, weighted: true });
    expect(route(best)).toBe('john-kerry USA KOR PRK');
    expect(best.hops.map((h) => h.relation)).toEqual(['affiliation', 'alliance', 'threat']);
    const expected = best.hops.reduce((sum, hop) => {
      const attrs = graph.getEdgeAttributes(hop.edge);
      return sum + weightedEdgeCost(attrs.weight, attrs.confidence);
    }, 0);
    expect(best.cost).toBeCloseTo(expected, 12);
  });

  it('uses hypothetical and negated relations only with modality "all"', () => {
    const graph = sample();
    expect(findPaths(graph, 'USA', 'PRK', { k: 1 })[0].hops.length).toBe(2);
    const all = findPaths(graph, 'USA', 'PRK', { k: 1, modality: 'all' });
    expect(all[0].hops).toHaveLength(1);
    expect(all[0].hops[0]).toMatchObject({ relation: 'negotiation', modality: 'hypothetical' });
  });

  it('follows directed relations forwards only with directed', () => {
    const graph = sample();
    expect(findPaths(graph, 'USA', 'PRK', { directed: true })).toEqual([]);
    const back = findPaths(graph, 'PRK', 'USA', { directed: true, k: 10 });
    expect(back.map(route).sort()).toEqual(['PRK JPN USA', 'PRK KOR USA', 'PRK KOR USA', 'PRK KOR usfk USA']);
    for (const hop of back.flatMap((p) => p.hops)) if (hop.directed) expect(hop.forward).toBe(true);
  });

  it('applies types, excludeTypes and maxHops', () => {
    const graph = sample();
    const onlyAlliance = findPaths(graph, 'john-kerry', 'PRK', { types: ['alliance', 'threat'] });
    expect(onlyAlliance).toEqual([]);
    const noChina = findPaths(graph, 'john-kerry', 'PRK', { k: 10, excludeTypes: ['negotiation'] });
    expect(noChina.length).toBeGreaterThan(0);
    for (const p of noChina) expect(p.hops.map((h) => h.relation)).not.toContain('negotiation');
    expect(findPaths(graph, 'john-kerry', 'PRK', { maxHops: 2 })).toEqual([]);
    expect(findPaths(graph, 'jose-ramos-horta', 'PRK')).toEqual([]);
  });

  it('sees changes to the graph after a first query', () => {
    const graph = sample();
    expect(findPaths(graph, 'JPN', 'CHN', { k: 1 })[0].hops).toHaveLength(1);
    graph.setEdgeAttribute('CHN|threat|JPN|asserted', 'modality', 'hypothetical');
    expect(findPaths(graph, 'JPN', 'CHN', { k: 1 })[0].hops).toHaveLength(3); // JPN - USA - KOR <- CHN
    graph.addUndirectedEdgeWithKey('CHN|trade|JPN|asserted', 'CHN', 'JPN', {
      ...graph.getEdgeAttributes('CHN|threat|JPN|asserted'), relation: 'trade', directed: false, modality: 'asserted',
    });
    expect(findPaths(graph, 'JPN', 'CHN', { k: 1 })[0].hops[0].relation).toBe('trade');
    graph.dropNode('CHN');
    expect(() => findPaths(graph, 'JPN', 'CHN')).toThrow(/unknown target entity "CHN"/);
  });
});

describe('path options', () => {
  it('fills in the defaults', () => {
    expect(resolvePathOptions()).toEqual({
      k: 3, types: null, excludeTypes: [], directed: false, maxHops: 6, modality: 'asserted', weighted: false,
    });
  });

  it('names the module and the bad value', () => {
    const graph = sample();
    const bad = (options: object) => () => findPaths(graph, 'USA', 'KOR', options);
    expect(bad({ types: ['alliances'] })).toThrow('geokg/paths: unknown relation type "alliances"');
    expect(bad({ excludeTypes: ['war'] })).toThrow(/unknown relation type "war"/);
    expect(bad({ k: 0 })).toThrow(/k must be a positive integer, got 0/);
    expect(bad({ k: 2.5 })).toThrow(/k must be a positive integer/);
    expect(bad({ maxHops: -1 })).toThrow(/maxHops must be a positive integer/);
    expect(bad({ modality: 'hypothetical' })).toThrow(/modality must be "asserted" or "all"/);
    expect(bad({ k: 0 })).toThrow(PathOptionError);
    // types that leave nothing to follow are a mistake, not a question with no path
    expect(bad({ types: [] })).toThrow(/types must name at least one relation type/);
    expect(bad({ types: ['alliance'], excludeTypes: ['alliance'] })).toThrow(/leave no relation type to follow \(types: alliance; excluded: alliance\)/);
    expect(bad({ excludeTypes: [...RELATION_TYPES] })).toThrow(/leave no relation type to follow \(types: all;/);
    expect(() => findPaths(graph, 'USA', 'USA')).toThrow(/same entity "USA"/);
    expect(() => findPaths(graph, 'atlantis', 'USA')).toThrow(/unknown source entity "atlantis"/);
  });

  it('keeps weighted costs positive and ordered by strength', () => {
    expect(weightedEdgeCost(1, 0.5)).toBeCloseTo(0.5, 12);
    expect(weightedEdgeCost(15, 1)).toBeCloseTo(0.1, 12);
    expect(weightedEdgeCost(10, 0.9)).toBeLessThan(weightedEdgeCost(1, 0.9));
    expect(weightedEdgeCost(3, 0.9)).toBeLessThan(weightedEdgeCost(3, 0.2));
    for (const [w, c] of [[0, 0], [-5, 2], [Number.NaN, Number.NaN], [1e9, 1]]) expect(weightedEdgeCost(w, c)).toBeGreaterThan(0);
  });
});
