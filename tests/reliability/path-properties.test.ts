/**
 * findPaths invariants under fast-check, on what tests/paths/yen.test.ts (a brute-force
 * comparison on a seeded generator with five relation types and fixed ids) does not
 * reach: all twelve relation types, hostile node ids (with "|", bidi marks, surrogates),
 * and a graph.json edited by hand, with relation types the model does not know (never
 * hops) and unknown modalities (never taken for asserted). Every answer must be a simple path of real edges
 * that pass the filters, within maxHops, sorted by cost; no answer only when no such
 * path exists.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, GeoGraph } from '../../src/graph/types.js';
import { RELATION_TYPES, type RelationType } from '../../src/model.js';
import { findPaths, weightedEdgeCost, type PathOptions, type PathResult } from '../../src/paths/index.js';
import { geoGraphs, hostileString } from './helpers.js';

const pathOptions: fc.Arbitrary<PathOptions> = fc.record({
  k: fc.integer({ min: 1, max: 6 }),
  maxHops: fc.integer({ min: 1, max: 5 }),
  directed: fc.boolean(),
  modality: fc.constantFrom('asserted' as const, 'all' as const),
  weighted: fc.boolean(),
  types: fc.option(fc.subarray([...RELATION_TYPES], { minLength: 1 }), { nil: undefined }),
  excludeTypes: fc.option(fc.subarray([...RELATION_TYPES], { maxLength: 4 }), { nil: undefined }),
}).filter((o) => followsSomeType(o));

/** Whether the type options leave any relation type to follow (findPaths refuses them otherwise). */
function followsSomeType(options: PathOptions): boolean {
  return RELATION_TYPES.some((t) => (!options.types || options.types.includes(t)) && !(options.excludeTypes ?? []).includes(t));
}

function passesFilters(attrs: EdgeAttributes, options: PathOptions): boolean {
  const known = (RELATION_TYPES as readonly string[]).includes(attrs.relation);
  return known
    && (!options.types || options.types.includes(attrs.relation))
    && !(options.excludeTypes ?? []).includes(attrs.relation)
    // an unknown modality is never a fact: it may be walked only when every modality is
    && (options.modality === 'all' || attrs.modality === 'asserted');
}

/** Whether `target` can be reached from `source` in at most maxHops hops over allowed edges (a BFS, independent of src/paths). */
function reachable(graph: GeoGraph, source: string, target: string, options: PathOptions): boolean {
  let frontier = new Set([source]);
  const seen = new Set([source]);
  for (let hop = 0; hop < (options.maxHops ?? 6) && frontier.size; hop++) {
    const next = new Set<string>();
    for (const at of frontier) {
      graph.forEachEdge(at, (_e, attrs, s, t) => {
        if (!passesFilters(attrs, options)) return;
        if (options.directed && attrs.directed && s !== at) return;
        const other = s === at ? t : s;
        if (!seen.has(other)) { seen.add(other); next.add(other); }
      });
    }
    if (next.has(target)) return true;
    frontier = next;
  }
  return false;
}

function checkPaths(graph: GeoGraph, source: string, target: string, options: PathOptions, paths: PathResult[]): void {
  expect(paths.length).toBeLessThanOrEqual(options.k ?? 3);
  expect(paths.length > 0).toBe(reachable(graph, source, target, options));
  const routes = new Set<string>();
  paths.forEach((path, i) => {
    expect(path.nodes[0]).toBe(source);
    expect(path.nodes.at(-1)).toBe(target);
    expect(new Set(path.nodes).size, 'a node repeats').toBe(path.nodes.length);
    expect(path.hops.length).toBe(path.nodes.length - 1);
    expect(path.hops.length).toBeLessThanOrEqual(options.maxHops ?? 6);
    if (i > 0) expect(path.cost).toBeGreaterThanOrEqual(paths[i - 1].cost - 1e-9);
    const route = path.hops.map((h) => h.edge).join('\n');
    expect(routes.has(route), 'the same path twice').toBe(false);
    routes.add(route);
    let cost = 0;
    path.hops.forEach((hop, j) => {
      expect(graph.hasEdge(hop.edge)).toBe(true);
      const attrs = graph.getEdgeAttributes(hop.edge);
      const [s, t] = graph.extremities(hop.edge);
      expect([hop.from, hop.to]).toEqual([path.nodes[j], path.nodes[j + 1]]);
      expect([s, t].sort()).toEqual([hop.from, hop.to].sort());
      expect(passesFilters(attrs, options), `hop ${hop.edge} passes the filters`).toBe(true);
      expect([hop.relation, hop.modality, hop.directed]).toEqual([attrs.relation, attrs.modality, attrs.directed]);
      if (attrs.directed) expect(hop.forward).toBe(s === hop.from);
      if (options.directed && attrs.directed) expect(s, `directed hop ${hop.edge} walked backwards`).toBe(hop.from);
      expect(hop.cost).toBeCloseTo(options.weighted ? weightedEdgeCost(attrs.weight, attrs.confidence) : 1, 12);
      cost += hop.cost;
    });
    expect(path.cost).toBeCloseTo(cost, 9);
  });
}

const query = (graph: GeoGraph) => fc.record({ a: fc.nat(), b: fc.nat(), options: pathOptions }).map(({ a, b, options }) => {
  const ids = graph.nodes();
  const source = ids[a % ids.length];
  const target = ids[(a + 1 + (b % (ids.length - 1))) % ids.length];
  return { source, target, options };
});

describe('findPaths on property-generated multigraphs', () => {
  it('returns simple paths of allowed edges, forward when directed, within maxHops, sorted by cost', () => {
    const dense = geoGraphs({ ids: hostileString(2), minNodes: 3, maxNodes: 7, maxEdges: 30 });
    let found = 0;
    fc.assert(
      fc.property(dense.chain((graph) => fc.tuple(fc.constant(graph), fc.array(query(graph), { minLength: 1, maxLength: 4 }))), ([graph, queries]) => {
        for (const { source, target, options } of queries) {
          const paths = findPaths(graph, source, target, options);
          checkPaths(graph, source, target, options, paths);
          found += paths.length;
        }
      }),
      { numRuns: 300 },
    );
    // the generator must produce graphs where paths exist, not only empty answers
    expect(found).toBeGreaterThan(60);
  }, 30_000);

  it('never walks an edge whose relation type the model does not know, nor one of unknown modality as asserted', () => {
    const edited = fc.tuple(
      geoGraphs({ minNodes: 3, maxNodes: 6, maxEdges: 20 }),
      fc.array(fc.record({ edge: fc.nat(), relation: fc.constantFrom('friendship', 'ALLIANCE', '', '__proto__', 'alliance '), modality: fc.constantFrom('asserted', 'rumoured', '', 'Asserted') }), { minLength: 1, maxLength: 8 }),
    ).map(([graph, edits]) => {
      const keys = graph.edges();
      for (const e of edits) {
        if (!keys.length) break;
        const key = keys[e.edge % keys.length];
        if (e.edge % 2) graph.setEdgeAttribute(key, 'relation', e.relation as RelationType);
        else graph.setEdgeAttribute(key, 'modality', e.modality as EdgeAttributes['modality']);
      }
      return graph;
    });
    fc.assert(
      fc.property(edited.chain((graph) => fc.tuple(fc.constant(graph), query(graph))), ([graph, { source, target, options }]) => {
        // no type filter: only the check of the relation type itself keeps unknown types out
        const unfiltered = { ...options, types: undefined, excludeTypes: undefined };
        checkPaths(graph, source, target, unfiltered, findPaths(graph, source, target, unfiltered));
      }),
      { numRuns: 200 },
    );
  });
});
