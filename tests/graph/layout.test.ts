import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateExtractions } from '../../src/graph/aggregate.js';
import { iterationsFor, layout, loadStyle, parseStyle } from '../../src/graph/layout.js';
import type { GeoGraph } from '../../src/graph/types.js';
import { ENTITY_TYPES, RELATION_TYPES, type Extraction } from '../../src/model.js';
import { randomExtraction } from './random-extractions.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'extractions');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Extraction);

function positions(graph: GeoGraph): Array<[string, number, number]> {
  return graph.mapNodes((node, attrs) => [node, attrs.x, attrs.y]);
}

describe('layout.assign', () => {
  it('gives identical positions on two runs with the same seed, and other positions with another seed', () => {
    const a = aggregateExtractions([randomExtraction(120, 3)]);
    const b = aggregateExtractions([randomExtraction(120, 3)]);
    const c = aggregateExtractions([randomExtraction(120, 3)]);
    layout.assign(a, { seed: 42 });
    layout.assign(b, { seed: 42 });
    layout.assign(c, { seed: 43 });
    expect(positions(a)).toEqual(positions(b));
    expect(positions(a)).not.toEqual(positions(c));
    expect(JSON.stringify(a.export())).toBe(JSON.stringify(b.export()));
  });

  it('leaves no NaN or infinite coordinate and spreads nodes out', () => {
    for (const graph of [aggregateExtractions(fixtures), aggregateExtractions([randomExtraction(300, 9)])]) {
      layout.assign(graph);
      const coords = positions(graph);
      for (const [, x, y] of coords) {
        expect(Number.isFinite(x)).toBe(true);
        expect(Number.isFinite(y)).toBe(true);
      }
      expect(new Set(coords.map(([, x, y]) => `${x},${y}`)).size).toBe(coords.length);
    }
  });

  it('handles graphs of zero and one node', () => {
    const empty = aggregateExtractions([]);
    layout.assign(empty);
    expect(empty.order).toBe(0);
    const single = aggregateExtractions([{ ...fixtures[0], entities: fixtures[0].entities.slice(0, 1), relations: [] }]);
    layout.assign(single);
    expect(Number.isFinite(single.getNodeAttribute('USA', 'x'))).toBe(true);
  });

  it('sizes nodes by degree and edges by weight, coloured by type from data/style.json', () => {
    const graph = aggregateExtractions(fixtures);
    layout.assign(graph);
    const style = loadStyle();
    graph.forEachNode((_n, attrs) => {
      expect(attrs.color).toBe(style.entityTypes[attrs.entityType]);
      expect(attrs.size).toBeGreaterThanOrEqual(style.nodeSize.min);
      expect(attrs.size).toBeLessThanOrEqual(style.nodeSize.max);
    });
    expect(graph.getNodeAttribute('KOR', 'size')).toBe(style.nodeSize.max);
    expect(graph.getNodeAttribute('border-group', 'size')).toBe(style.nodeSize.min);
    expect(graph.getNodeAttribute('KOR', 'size')).toBeGreaterThan(graph.getNodeAttribute('usfk', 'size'));
    graph.forEachEdge((_e, attrs) => expect(attrs.color).toBe(style.relationTypes[attrs.relation]));
    expect(graph.getEdgeAttribute('KOR|alliance|USA|asserted', 'size')).toBe(style.edgeSize.max);
    expect(graph.getEdgeAttribute('PRK|negotiation|USA|asserted', 'size')).toBeLessThan(style.edgeSize.max);
  });
});

describe('style', () => {
  it('has a distinct colour for every entity type and every relation type', () => {
    const style = loadStyle();
    expect(new Set(Object.values(style.entityTypes)).size).toBe(ENTITY_TYPES.length);
    expect(new Set(Object.values(style.relationTypes)).size).toBe(RELATION_TYPES.length);
  });

  it('names the bad value of a broken style', () => {
    const style = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'style.json'), 'utf8'));
    expect(() => parseStyle({ ...style, relationTypes: { ...style.relationTypes, attack: 'red' } })).toThrow(/relationTypes\.attack.*"red"/);
    expect(() => parseStyle({ ...style, nodeSize: { min: 5, max: 1 } })).toThrow(/nodeSize/);
  });
});

describe('iterationsFor', () => {
  it('runs fewer iterations on larger graphs, within bounds', () => {
    expect(iterationsFor(10)).toBeGreaterThan(iterationsFor(1000));
    expect(iterationsFor(1)).toBeLessThanOrEqual(500);
    expect(iterationsFor(1_000_000)).toBeGreaterThanOrEqual(60);
  });
});
