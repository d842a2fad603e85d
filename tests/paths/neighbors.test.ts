import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGraphFile } from '../../src/graph/io.js';
import { egoNetwork } from '../../src/paths/neighbors.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/graphs/paths-sample.json', import.meta.url));
const sample = () => readGraphFile(FIXTURE);

describe('egoNetwork', () => {
  it('lists the center and its direct neighbors (any direction) with the relations among them', () => {
    const net = egoNetwork(sample(), 'KOR');
    expect(net.nodes[0]).toEqual({ id: 'KOR', label: 'South Korea', entityType: 'country', distance: 0 });
    expect(net.nodes.map((n) => n.id).sort()).toEqual(['CHN', 'KOR', 'PRK', 'USA', 'usfk']);
    expect(net.nodes.slice(1).every((n) => n.distance === 1)).toBe(true);
    const keys = net.edges.map((e) => e.key);
    expect(keys).toContain('PRK|threat|KOR|asserted');
    expect(keys).toContain('usfk|affiliation|USA|asserted'); // between two neighbors
    expect(keys).not.toContain('USA|negotiation|PRK|hypothetical');
    expect(keys).toEqual([...keys].sort());
    for (const e of net.edges) expect(e.modality).toBe('asserted');
  });

  it('grows ring by ring with depth', () => {
    const graph = sample();
    const net = egoNetwork(graph, 'john-kerry', { depth: 2 });
    const distance = Object.fromEntries(net.nodes.map((n) => [n.id, n.distance]));
    expect(distance).toEqual({ 'john-kerry': 0, USA: 1, CHN: 1, KOR: 2, JPN: 2, usfk: 2 });
    expect(egoNetwork(graph, 'john-kerry', { depth: 0 })).toEqual({
      nodes: [{ id: 'john-kerry', label: 'John Kerry', entityType: 'person', distance: 0 }],
      edges: [],
    });
    const wide = egoNetwork(graph, 'john-kerry', { depth: 5 });
    expect(wide.nodes).toHaveLength(8); // everything but the isolated entity
    expect(wide.nodes.map((n) => n.id)).not.toContain('jose-ramos-horta');
  });

  it('filters by relation type and modality', () => {
    const graph = sample();
    const threats = egoNetwork(graph, 'PRK', { types: ['threat'], depth: 3 });
    expect(threats.nodes.map((n) => n.id).sort()).toEqual(['CHN', 'JPN', 'KOR', 'PRK']);
    expect(new Set(threats.edges.map((e) => e.relation))).toEqual(new Set(['threat']));
    const all = egoNetwork(graph, 'PRK', { modality: 'all' });
    expect(all.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['USA', 'CHN']));
    expect(all.edges.find((e) => e.key === 'CHN|negotiation|PRK|negated')).toMatchObject({ directed: false, weight: 1 });
  });

  it('rejects bad options and unknown centers, naming the value', () => {
    const graph = sample();
    expect(() => egoNetwork(graph, 'KOR', { depth: -1 })).toThrow(/geokg\/paths: depth must be a non-negative integer, got -1/);
    expect(() => egoNetwork(graph, 'KOR', { types: ['alliances' as never] })).toThrow(/unknown relation type "alliances"/);
    expect(() => egoNetwork(graph, 'KOR', { types: [] })).toThrow(/types must name at least one relation type/);
    expect(() => egoNetwork(graph, 'KOR', { modality: 'negated' as never })).toThrow(/modality must be/);
    expect(() => egoNetwork(graph, 'Korea')).toThrow(/unknown center entity "Korea"/);
  });
});
