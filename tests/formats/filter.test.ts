import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FilterOptionError, filterGraph, type FilterOptions } from '../../src/formats/filter.js';
import type { EdgeAttributes, GeoGraph } from '../../src/graph/types.js';
import { RELATION_TYPES } from '../../src/model.js';
import { EntityNotFoundError } from '../../src/paths/resolve-entity.js';
import { geoGraphs } from '../reliability/helpers.js';
import { loadSmallGraph } from './helpers.js';

const graph = loadSmallGraph();
const sorted = (xs: Iterable<string>) => [...xs].sort();

/** Edges of the fixture chosen by a predicate written out here, independently of the filter. */
function edgesWhere(g: GeoGraph, keep: (a: EdgeAttributes) => boolean): string[] {
  return sorted(g.filterEdges((_e, a) => keep(a)));
}

function endpoints(g: GeoGraph, edges: string[]): string[] {
  return sorted(new Set(edges.flatMap((e) => [g.source(e), g.target(e)])));
}

describe('filterGraph', () => {
  it('with no option is a copy of the graph, entities without relations included', () => {
    const g = loadSmallGraph();
    g.addNode('lonely', { ...g.getNodeAttributes('JPN'), label: 'Lonely' });
    const copy = filterGraph(g, {});
    expect(copy).not.toBe(g);
    expect(copy.export()).toEqual(g.export());
    expect(filterGraph(g, { modality: 'all' }).export()).toEqual(g.export());
    expect(filterGraph(g, { modality: 'asserted' }).hasNode('lonely')).toBe(false);
  });

  it('never changes its input, and its result shares no attribute object with it', () => {
    const before = JSON.stringify(graph.export());
    const out = filterGraph(graph, { types: ['alliance', 'criticism'], modality: 'asserted', ego: { entity: 'USA', depth: 2 } });
    expect(JSON.stringify(graph.export())).toBe(before);
    out.getNodeAttributes('USA').aliases.push('Uncle Sam');
    out.getEdgeAttributes('KOR|alliance|USA|asserted').evidence[0].sentence = 'changed';
    out.dropNode('KOR');
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('keeps only the given relation types and the entities they join', () => {
    const out = filterGraph(graph, { types: ['alliance', 'funding'] });
    const expected = edgesWhere(graph, (a) => a.relation === 'alliance' || a.relation === 'funding');
    expect(sorted(out.edges())).toEqual(expected);
    expect(sorted(out.nodes())).toEqual(endpoints(graph, expected));
    expect(sorted(out.nodes())).toEqual(['JPN', 'KOR', 'USA', 'usfk']);
  });

  it('keeps relations of at least the minimum weight', () => {
    const out = filterGraph(graph, { minWeight: 2 });
    const expected = edgesWhere(graph, (a) => a.weight >= 2);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(out.edges())).toEqual(expected);
    expect(sorted(out.nodes())).toEqual(endpoints(graph, expected));
  });

  it('keeps facts only with modality "asserted"', () => {
    const out = filterGraph(graph, { modality: 'asserted' });
    expect(sorted(out.edges())).toEqual(edgesWhere(graph, (a) => a.modality === 'asserted'));
    expect(out.hasEdge('USA|support|KOR|hypothetical')).toBe(false);
    expect(out.hasEdge('KOR|negotiation|USA|negated')).toBe(false);
  });

  it('keeps relations whose dates meet the window, and drops undated ones once a date is given', () => {
    const march = filterGraph(graph, { since: '2014-03-20', until: '2014-03-31' });
    expect(sorted(march.edges())).toEqual(sorted([
      'KOR|alliance|USA|asserted', 'PRK|threat|KOR|asserted', 'usfk|deployment|korean-peninsula|asserted',
      'KOR|cooperation|USA|asserted', 'KOR|negotiation|USA|negated',
    ]));
    const april = filterGraph(graph, { since: '2014-04-02' });
    expect(sorted(april.edges())).toEqual(edgesWhere(graph, (a) => a.lastDate !== null && a.lastDate >= '2014-04-02'));
    const early = filterGraph(graph, { until: '2014-03-14' });
    expect(sorted(early.edges())).toEqual(edgesWhere(graph, (a) => a.firstDate !== null && a.firstDate <= '2014-03-14'));
    for (const out of [march, april, early]) {
      out.forEachEdge((_e, a) => expect(a.firstDate).not.toBeNull());
    }
    expect(filterGraph(graph, { modality: 'all' }).hasEdge('CHN|trade|KOR|asserted')).toBe(true);
  });

  it('keeps the ego network of an entity given by name, over the relations kept', () => {
    const one = filterGraph(graph, { ego: { entity: 'Kerry', depth: 1 } });
    expect(sorted(one.nodes())).toEqual(['CHN', 'USA', 'john-kerry']);
    expect(sorted(one.edges())).toEqual(['CHN|negotiation|john-kerry|asserted', 'john-kerry|affiliation|USA|asserted']);

    const two = filterGraph(graph, { ego: { entity: 'john-kerry', depth: 2 } });
    expect(sorted(two.nodes())).toEqual(['CHN', 'JPN', 'KOR', 'PRK', 'USA', 'john-kerry', 'script-alert-1']);
    // every relation among the members, none reaching outside
    const members = new Set(two.nodes());
    expect(sorted(two.edges())).toEqual(edgesWhere(graph, () => true).filter((e) => members.has(graph.source(e)) && members.has(graph.target(e))));

    // the walk follows only the kept types: over alliances Japan reaches the United States and South Korea, nothing else
    const allies = filterGraph(graph, { ego: { entity: 'Japan', depth: 3 }, types: ['alliance'] });
    expect(sorted(allies.nodes())).toEqual(['JPN', 'KOR', 'USA']);
    expect(sorted(allies.edges())).toEqual(['JPN|alliance|USA|asserted', 'KOR|alliance|USA|asserted']);
  });

  it('keeps the ego centre even when no relation is left around it', () => {
    const alone = filterGraph(graph, { ego: { entity: 'Korean Peninsula' }, types: ['alliance'] });
    expect(alone.nodes()).toEqual(['korean-peninsula']);
    expect(alone.size).toBe(0);
    const zero = filterGraph(graph, { ego: { entity: 'USA', depth: 0 } });
    expect(zero.nodes()).toEqual(['USA']);
  });

  it('names the bad value in every error', () => {
    const error = (options: FilterOptions) => {
      try {
        filterGraph(graph, options);
      } catch (err) {
        return err as Error;
      }
      throw new Error(`no error for ${JSON.stringify(options)}`);
    };
    expect(error({ types: ['alliance', 'alliances'] }).message).toMatch(/^geokg\/export: unknown relation type "alliances"/);
    expect(error({ types: ['alliances'] })).toBeInstanceOf(FilterOptionError);
    expect(error({ since: '2014-02-30' }).message).toBe('geokg/export: since must be a date YYYY-MM-DD, got "2014-02-30"');
    expect(error({ until: '14/03/2014' }).message).toContain('"14/03/2014"');
    expect(error({ since: '2015-01-01', until: '2014-01-01' }).message).toBe('geokg/export: since 2015-01-01 is after until 2014-01-01');
    expect(error({ minWeight: -1 }).message).toContain('-1');
    expect(error({ modality: 'facts' as never }).message).toContain('"facts"');
    expect(error({ ego: { entity: 'USA', depth: 1.5 } }).message).toContain('1.5');
    const unknown = error({ ego: { entity: 'Atlantis' } });
    expect(unknown).toBeInstanceOf(EntityNotFoundError);
    expect(unknown.message).toContain('"Atlantis"');
  });
});

describe('filterGraph on random graphs', () => {
  const day = fc.integer({ min: 0, max: 5000 }).map((d) => new Date(Date.UTC(2005, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const options = fc.record({
    types: fc.option(fc.subarray([...RELATION_TYPES], { minLength: 1 }), { nil: undefined }),
    minWeight: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    modality: fc.option(fc.constantFrom('asserted' as const, 'all' as const), { nil: undefined }),
    window: fc.option(fc.tuple(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined })), { nil: undefined }),
  }).map(({ window, ...rest }) => {
    const [a, b] = window ?? [undefined, undefined];
    const [since, until] = a && b && a > b ? [b, a] : [a, b];
    return { ...rest, since, until } as FilterOptions;
  });

  /** The rules of the export filters, restated. */
  function passes(a: EdgeAttributes, o: FilterOptions): boolean {
    if (o.types && !o.types.includes(a.relation)) return false;
    if (o.minWeight !== undefined && a.weight < o.minWeight) return false;
    if (o.modality === 'asserted' && a.modality !== 'asserted') return false;
    if (o.since === undefined && o.until === undefined) return true;
    if (a.firstDate === null && a.lastDate === null) return false;
    const start = a.firstDate ?? a.lastDate!;
    const end = a.lastDate ?? a.firstDate!;
    return (o.since === undefined || end >= o.since) && (o.until === undefined || start <= o.until);
  }

  it('keeps exactly the passing relations with their attributes, and only the entities they join', () => {
    fc.assert(
      fc.property(geoGraphs({ maxNodes: 8, maxEdges: 20 }), options, (g, o) => {
        const before = JSON.stringify(g.export());
        const out = filterGraph(g, o);
        expect(JSON.stringify(g.export())).toBe(before);
        const expected = edgesWhere(g, (a) => passes(a, o));
        expect(sorted(out.edges())).toEqual(expected);
        out.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
          expect(a).toEqual(g.getEdgeAttributes(e));
          expect([s, t, undirected]).toEqual([g.source(e), g.target(e), g.isUndirected(e)]);
        });
        const filtering = Object.values(o).some((v) => v !== undefined && v !== 'all');
        expect(sorted(out.nodes())).toEqual(filtering ? endpoints(g, expected) : sorted(g.nodes()));
        out.forEachNode((n, a) => expect(a).toEqual(g.getNodeAttributes(n)));
      }),
      { numRuns: 200 },
    );
  });
});
