/**
 * The render graph: same keys and structure as the data graph, holding only what sigma
 * draws (position, size, base colours, program, curvature). It is derived once per loaded
 * graph; the layout moves its positions, and the data graph is never written to.
 */
import { MultiGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { GeoGraph } from '../../../src/graph/types.js';
import { ENTITY_COLORS, RELATION_STYLES, communityColor } from '../settings.js';
import type { ViewerSettings } from '../settings.js';

export interface RenderNodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  typeColor: string;
  communityColor: string;
}

/** Keys of the detailed edge programs (render/programs.ts). */
export type EdgeProgram = 'straight' | 'straightArrow' | 'curved' | 'curvedArrow';

export interface RenderEdgeAttributes {
  size: number;
  /** Layout weight for ForceAtlas2. */
  weight: number;
  color: string;
  program: EdgeProgram;
  curvature: number;
  /** Hypothetical or negated: drawn faded, behind asserted edges. */
  faded: boolean;
}

export type RenderGraph = AbstractGraph<RenderNodeAttributes, RenderEdgeAttributes>;

/** "#rrggbb" + alpha -> "rgba(...)"; sigma reads alpha from rgba colours. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  return `rgba(${parseInt(m[1], 16)},${parseInt(m[2], 16)},${parseInt(m[3], 16)},${alpha})`;
}

/**
 * Curvature per edge where a pair of nodes has several edges (several relation types or
 * modalities): they fan out on alternating sides, further out for each extra edge.
 * The sign follows the edge's own direction so that a→b and b→a land on different sides.
 */
export function parallelEdgeCurvatures(graph: GeoGraph, base: number): Map<string, number> {
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = byPair.get(pair);
    if (list) list.push(edge);
    else byPair.set(pair, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of byPair.values()) {
    if (edges.length < 2) continue;
    edges.sort();
    edges.forEach((edge, i) => {
      const orientation = graph.source(edge) < graph.target(edge) ? 1 : -1;
      const side = i % 2 === 0 ? 1 : -1;
      curvatures.set(edge, orientation * side * base * (1 + Math.floor(i / 2)));
    });
  }
  return curvatures;
}

export function buildRenderGraph(data: GeoGraph, settings: ViewerSettings): RenderGraph {
  const render: RenderGraph = new MultiGraph<RenderNodeAttributes, RenderEdgeAttributes>({ allowSelfLoops: false });
  let maxDegree = 1;
  let maxWeight = 1;
  data.forEachNode((_n, a) => { if (a.degree > maxDegree) maxDegree = a.degree; });
  data.forEachEdge((_e, a) => { if (a.weight > maxWeight) maxWeight = a.weight; });
  const nodeSpan = settings.maxNodeSize - settings.minNodeSize;
  const edgeSpan = settings.maxEdgeSize - settings.minEdgeSize;
  const nodes: [string, RenderNodeAttributes][] = [];
  data.forEachNode((node, a) => {
    nodes.push([node, {
      x: a.x,
      y: a.y,
      size: settings.minNodeSize + nodeSpan * Math.sqrt(Math.max(0, a.degree) / maxDegree),
      label: a.label,
      typeColor: ENTITY_COLORS[a.entityType],
      communityColor: communityColor(a.community),
    }]);
  });
  // sigma draws nodes in insertion order: small first, so hubs stay on top and under the pointer
  nodes.sort((a, b) => a[1].size - b[1].size);
  for (const [node, attrs] of nodes) render.addNode(node, attrs);
  const curvatures = parallelEdgeCurvatures(data, settings.edgeCurvature);
  data.forEachEdge((edge, a, source, target, _sa, _ta, undirected) => {
    const style = RELATION_STYLES[a.relation];
    const faded = a.modality !== 'asserted';
    const curvature = curvatures.get(edge) ?? 0;
    const curved = curvature !== 0;
    const program: EdgeProgram = style.directed ? (curved ? 'curvedArrow' : 'straightArrow') : curved ? 'curved' : 'straight';
    const baseColor = a.modality === 'negated' ? '#8a8f98' : style.color;
    const attrs: RenderEdgeAttributes = {
      size: (settings.minEdgeSize + edgeSpan * Math.log1p(Math.max(0, a.weight - 1)) / Math.log1p(maxWeight)) * (faded ? 0.7 : 1),
      weight: Math.max(0.1, a.weight),
      color: faded ? withAlpha(baseColor, settings.fadedAlpha) : baseColor,
      program,
      curvature,
      faded,
    };
    if (undirected) render.addUndirectedEdgeWithKey(edge, source, target, attrs);
    else render.addDirectedEdgeWithKey(edge, source, target, attrs);
  });
  return render;
}
