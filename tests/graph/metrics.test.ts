import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateExtractions } from '../../src/graph/aggregate.js';
import { computeMetrics, directedProjection, undirectedProjection } from '../../src/graph/metrics.js';
import type { Extraction, RelationType } from '../../src/model.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'extractions');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Extraction);

/** Two tight groups of five actors joined by one weak link: Louvain must find them. */
function twoClusters(): Extraction {
  const relations: Extraction['relations'] = [];
  const relate = (source: string, target: string, type: RelationType, n: number) => relations.push({
    source, target, type, directed: type === 'attack', modality: 'asserted', confidence: 0.8,
    evidence: Array.from({ length: n }, (_, i) => ({ sentence: `${source} ${type} ${target} ${i}.`, start: i * 10, end: i * 10 + 9 })),
  });
  const groups = [['a1', 'a2', 'a3', 'a4', 'a5'], ['b1', 'b2', 'b3', 'b4', 'b5']];
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) relate(group[i], group[j], 'cooperation', 3);
    relate(group[0], group[1], 'attack', 1);
  }
  relate('a5', 'b1', 'negotiation', 1);
  return {
    document: { id: 'clusters', path: 'clusters.txt', title: null, date: null, source: null },
    entities: groups.flat().map((id) => ({ id, label: id, type: 'organization', linked: false, aliases: [id], mentions: [] })),
    relations,
  };
}

describe('computeMetrics', () => {
  const graph = aggregateExtractions(fixtures);
  const metrics = computeMetrics(graph);

  it('gives every node its degree and weighted degree in the multigraph', () => {
    expect(metrics.size).toBe(graph.order);
    graph.forEachNode((node) => {
      expect(metrics.get(node)!.degree).toBe(graph.degree(node));
      const weights = graph.edges(node).map((e) => graph.getEdgeAttribute(e, 'weight'));
      expect(metrics.get(node)!.weightedDegree).toBe(weights.reduce((a, b) => a + b, 0));
    });
    // KOR: alliance, threat in, threat out (negated), funding
    expect(metrics.get('KOR')!.degree).toBe(4);
  });

  it('gives a PageRank distribution that sums to 1', () => {
    const sum = [...metrics.values()].reduce((s, m) => s + m.pagerank, 0);
    expect(sum).toBeCloseTo(1, 6);
    for (const m of metrics.values()) expect(m.pagerank).toBeGreaterThan(0);
    // USA is the target of most relations; the unlinked group is isolated
    expect(metrics.get('USA')!.pagerank).toBeGreaterThan(metrics.get('border-group')!.pagerank);
  });

  it('gives betweenness to brokers only, and skips it above the node limit', () => {
    const g = aggregateExtractions([twoClusters()]);
    const m = computeMetrics(g);
    expect(m.get('a5')!.betweenness).toBeGreaterThan(m.get('a2')!.betweenness);
    expect(m.get('b1')!.betweenness).toBeGreaterThan(0);
    const skipped = computeMetrics(g, { betweennessMaxNodes: 5 });
    for (const value of skipped.values()) expect(value.betweenness).toBe(0);
  });

  it('finds communities with Louvain, deterministically', () => {
    const g = aggregateExtractions([twoClusters()]);
    const first = computeMetrics(g, { seed: 7 });
    const community = (n: string) => first.get(n)!.community;
    expect(new Set(['a1', 'a2', 'a3', 'a4', 'a5'].map(community)).size).toBe(1);
    expect(new Set(['b1', 'b2', 'b3', 'b4', 'b5'].map(community)).size).toBe(1);
    expect(community('a1')).not.toBe(community('b1'));
    for (let run = 0; run < 3; run++) expect(computeMetrics(g, { seed: 7 })).toEqual(first);
    expect(computeMetrics(graph)).toEqual(metrics);
  });

  it('assigns the metrics onto the nodes', () => {
    const g = aggregateExtractions(fixtures);
    computeMetrics.assign(g);
    g.forEachNode((node, attrs) => {
      expect({
        degree: attrs.degree, weightedDegree: attrs.weightedDegree, pagerank: attrs.pagerank,
        betweenness: attrs.betweenness, community: attrs.community,
      }).toEqual(metrics.get(node));
    });
  });

  it('handles an empty graph and a graph without edges', () => {
    expect(computeMetrics(aggregateExtractions([])).size).toBe(0);
    const lonely = aggregateExtractions([{ ...fixtures[0], relations: [] }]);
    const m = computeMetrics(lonely);
    expect([...m.values()].every((v) => v.degree === 0 && Number.isFinite(v.pagerank))).toBe(true);
  });
});

describe('projections', () => {
  it('merge parallel edges, summing weights; undirected edges become two arcs', () => {
    const g = aggregateExtractions(fixtures);
    const directed = directedProjection(g);
    // USA-PRK: asserted (1) and hypothetical (1) negotiation, both undirected
    expect(directed.getEdgeAttribute('USA', 'PRK', 'weight')).toBe(2);
    expect(directed.getEdgeAttribute('PRK', 'USA', 'weight')).toBe(2);
    expect(directed.hasEdge('usfk', 'KOR')).toBe(false);
    const undirected = undirectedProjection(g);
    // KOR-PRK: threat asserted (2) + threat negated (1)
    expect(undirected.getEdgeAttribute('KOR', 'PRK', 'weight')).toBe(3);
    expect(undirected.multi).toBe(false);
  });
});
