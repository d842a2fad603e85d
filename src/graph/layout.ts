/**
 * Layout and style of the data graph: seeded initial positions, ForceAtlas2, then Noverlap
 * so that labels do not sit on each other; node size from degree, colours from
 * data/style.json. Every step is deterministic: the same graph and seed give the same
 * picture, so a rebuild does not reshuffle what an analyst has learned to read.
 */
import { createRequire } from 'node:module';
import type ForceAtlas2Module from 'graphology-layout-forceatlas2';
import type NoverlapModule from 'graphology-layout-noverlap';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../model.js';
import { readJsonData } from '../util/data.js';
import { mulberry32 } from '../util/random.js';
import type { GeoGraph } from './types.js';

// These packages are CommonJS whose typings declare an ES default export; require() gives the function.
const require = createRequire(import.meta.url);
const forceAtlas2 = require('graphology-layout-forceatlas2') as typeof ForceAtlas2Module.default;
const noverlap = require('graphology-layout-noverlap') as typeof NoverlapModule.default;

export interface GraphStyle {
  entityTypes: Record<EntityType, string>;
  relationTypes: Record<RelationType, string>;
  nodeSize: { min: number; max: number };
  edgeSize: { min: number; max: number };
}

export interface LayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations; by default scaled to the graph's size. */
  iterations?: number;
  style?: GraphStyle;
}

export const DEFAULT_LAYOUT_SEED = 1;
/** Above this many nodes ForceAtlas2 approximates repulsion with a Barnes-Hut tree. */
export const BARNES_HUT_MIN_NODES = 2000;

const COLOR = /^#[0-9a-fA-F]{6}$/;

function checkRange(name: string, range: unknown): { min: number; max: number } {
  const r = range as { min?: unknown; max?: unknown } | undefined;
  if (!r || typeof r.min !== 'number' || typeof r.max !== 'number' || !(r.min > 0) || !(r.max >= r.min)) {
    throw new Error(`geokg/layout: style ${name} must be { min, max } with 0 < min <= max, got ${JSON.stringify(range)}`);
  }
  return { min: r.min, max: r.max };
}

/** Validates a style object (data/style.json or a caller's own). */
export function parseStyle(raw: unknown): GraphStyle {
  const data = raw as Partial<Record<keyof GraphStyle, unknown>>;
  const colors = <K extends string>(group: 'entityTypes' | 'relationTypes', keys: readonly K[]): Record<K, string> => {
    const table = (data?.[group] ?? {}) as Record<string, unknown>;
    for (const key of keys) {
      if (typeof table[key] !== 'string' || !COLOR.test(table[key] as string)) {
        throw new Error(`geokg/layout: style ${group}.${key} must be a #rrggbb colour, got ${JSON.stringify(table[key])}`);
      }
    }
    return Object.fromEntries(keys.map((k) => [k, table[k] as string])) as Record<K, string>;
  };
  return {
    entityTypes: colors('entityTypes', ENTITY_TYPES),
    relationTypes: colors('relationTypes', RELATION_TYPES),
    nodeSize: checkRange('nodeSize', data?.nodeSize),
    edgeSize: checkRange('edgeSize', data?.edgeSize),
  };
}

let packagedStyle: GraphStyle | undefined;

export function loadStyle(): GraphStyle {
  packagedStyle ??= parseStyle(readJsonData('style.json'));
  return packagedStyle;
}

/** Fewer iterations for larger graphs: each costs more, and big graphs settle coarsely anyway. */
export function iterationsFor(order: number): number {
  return Math.max(60, Math.min(500, Math.round(3000 / Math.sqrt(Math.max(order, 1)))));
}

/** Noverlap stops early once nothing overlaps; the cap only bounds the worst case on big graphs. */
export function noverlapIterationsFor(order: number): number {
  return Math.max(30, Math.min(150, Math.round(150 * Math.sqrt(1000 / Math.max(order, 1)))));
}

/** sqrt scale from [0, max] onto [min, maxSize]: area grows with the value. */
function sqrtScale(value: number, max: number, range: { min: number; max: number }): number {
  if (!(max > 0)) return range.min;
  return range.min + (range.max - range.min) * Math.sqrt(Math.max(0, value) / max);
}

/** Node sizes by degree: what assignStyle gives each node. */
export function nodeSizes(graph: GeoGraph, style: GraphStyle = loadStyle()): Map<string, number> {
  let maxDegree = 0;
  graph.forEachNode((node) => { maxDegree = Math.max(maxDegree, graph.degree(node)); });
  const sizes = new Map<string, number>();
  graph.forEachNode((node) => { sizes.set(node, sqrtScale(graph.degree(node), maxDegree, style.nodeSize)); });
  return sizes;
}

/**
 * Sizes and colours of nodes (by degree and entity type) and edges (by weight and relation
 * type); `sizes`, when the caller has them already, are nodeSizes' of this graph and style.
 */
export function assignStyle(graph: GeoGraph, style: GraphStyle = loadStyle(), sizes = nodeSizes(graph, style)): void {
  let maxWeight = 0;
  graph.forEachEdge((_e, attrs) => { maxWeight = Math.max(maxWeight, attrs.weight); });
  graph.updateEachNodeAttributes((node, attrs) => ({
    ...attrs,
    size: sizes.get(node)!,
    color: style.entityTypes[attrs.entityType] ?? style.entityTypes.organization,
  }));
  graph.updateEachEdgeAttributes((_edge, attrs) => ({
    ...attrs,
    size: sqrtScale(attrs.weight, maxWeight, style.edgeSize),
    color: style.relationTypes[attrs.relation],
  }));
}

export type Positions = Map<string, { x: number; y: number }>;

/** Seeded start: a disc whose area grows with the number of nodes; no two nodes share a point. */
export function startPositions(graph: GeoGraph, seed = DEFAULT_LAYOUT_SEED): Positions {
  const random = mulberry32(seed);
  const radius = 10 * Math.sqrt(Math.max(graph.order, 1));
  const start: Positions = new Map();
  graph.forEachNode((node) => {
    const angle = 2 * Math.PI * random();
    const r = radius * Math.sqrt(random());
    start.set(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  return start;
}

/** ForceAtlas2's settings for this graph: inferred from its size, Barnes-Hut above BARNES_HUT_MIN_NODES. */
export function forceAtlas2Settings(graph: GeoGraph): ReturnType<typeof forceAtlas2.inferSettings> {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_MIN_NODES };
}

/** The start positions as node attributes (x, y after the style's size and colour). */
export function placeAt(graph: GeoGraph, start: Positions): void {
  graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, ...start.get(node)! }));
}

/** After ForceAtlas2: Noverlap, then positions rounded, a node with no finite position put back at its start. */
export function finishPositions(graph: GeoGraph, start: Positions): void {
  // Noverlap's default 20x20 grid crowds thousands of nodes into each cell; about one node per cell keeps it linear.
  const gridSize = Math.max(20, Math.ceil(Math.sqrt(graph.order)));
  noverlap.assign(graph, { maxIterations: noverlapIterationsFor(graph.order), settings: { margin: 2, ratio: 1.2, gridSize } });

  // A degenerate configuration must not leave NaN in graph.json: fall back to the start.
  // Three decimals are far below a pixel and keep graph.json small.
  graph.updateEachNodeAttributes((node, attrs) => {
    const ok = Number.isFinite(attrs.x) && Number.isFinite(attrs.y);
    const { x, y } = ok ? attrs : start.get(node)!;
    return { ...attrs, x: round3(x), y: round3(y) };
  });
}

/** Positions: seeded random start, ForceAtlas2, Noverlap. Sizes must be assigned first. */
export function assignPositions(graph: GeoGraph, options: { seed?: number; iterations?: number } = {}): void {
  const start = startPositions(graph, options.seed);
  placeAt(graph, start);
  if (graph.order < 2) return;
  runForceAtlas2(graph, options.iterations ?? iterationsFor(graph.order));
  finishPositions(graph, start);
}

/** ForceAtlas2 on this thread, from the positions the graph holds, edges weighted by `weight`. */
export function runForceAtlas2(graph: GeoGraph, iterations: number): void {
  forceAtlas2.assign(graph, { iterations, settings: forceAtlas2Settings(graph), getEdgeWeight: 'weight' });
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000 || 0;
}

/** Styles and positions the graph in place. */
export const layout = {
  assign(graph: GeoGraph, options: LayoutOptions = {}): void {
    assignStyle(graph, options.style);
    assignPositions(graph, options);
  },
};
