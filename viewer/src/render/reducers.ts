/**
 * Sigma reducers: turn render attributes plus the current view (filters, colour mode,
 * hover, selection, highlighted path) into display data. They run per item on refresh,
 * so they only do set look-ups and property writes on sigma's own copy of the attributes.
 */
import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { RenderEdgeAttributes, RenderNodeAttributes } from './render-graph.js';
import type { Visibility } from './visibility.js';
import type { ColorMode, ViewerSettings } from '../settings.js';
import { DETAILED_NODE_PROGRAM, FAST_EDGE_PROGRAM, FAST_NODE_PROGRAM } from './programs.js';
import type { EmphasisFlag } from './programs.js';

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The mutable view the reducers read; the app updates it, then asks sigma to refresh. */
export interface RenderView {
  visibility: Visibility;
  colorBy: ColorMode;
  /** Hovered or selected node with its neighbourhood, or the selected edge with its ends. */
  focus: Highlight | null;
  /** The highlighted path(s) from the path finder. */
  path: Highlight | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Overview in cheap programs; only emphasised items are drawn in detail. */
  fast: boolean;
  /**
   * Fast mode: the emphasised items already moved to the detailed programs. The others stay in
   * the fast programs, lit by their emphasis flag, until the app moves them too.
   */
  upgraded: Highlight | null;
}

type NodeData = RenderNodeAttributes & Partial<NodeDisplayData> & EmphasisFlag;
type EdgeData = RenderEdgeAttributes & Partial<EdgeDisplayData> & EmphasisFlag;

export function createNodeReducer(view: RenderView, settings: ViewerSettings) {
  return (node: string, attrs: Attributes): Partial<NodeDisplayData> => {
    const data = attrs as NodeData;
    // the program is set even on hidden items: a partial refresh may only patch items that keep theirs
    data.type = view.fast ? FAST_NODE_PROGRAM : DETAILED_NODE_PROGRAM;
    if (!view.visibility.nodes.has(node)) {
      data.hidden = true;
      return data;
    }
    data.color = view.colorBy === 'community' ? data.communityColor : data.typeColor;
    const detailed = !view.fast || view.upgraded?.nodes.has(node) === true;
    const emphasis = view.path ?? view.focus;
    if (emphasis) {
      if (emphasis.nodes.has(node)) {
        if (detailed) data.type = DETAILED_NODE_PROGRAM;
        data.emphasised = true;
        data.zIndex = 2;
        // a hub's hundreds of neighbours would bury each other's labels: then the label grid picks
        data.forceLabel = emphasis.nodes.size <= settings.maxForcedLabels;
      } else if (!view.fast) {
        // fast mode dims the rest of the graph as a whole, in its programs (render/programs.ts)
        data.color = settings.hoverDimColor;
        data.label = '';
        data.zIndex = 0;
      }
    }
    if (node === view.selectedNode) {
      if (detailed) data.type = DETAILED_NODE_PROGRAM;
      data.emphasised = true;
      data.highlighted = true;
      data.forceLabel = true;
      data.zIndex = 3;
    }
    return data;
  };
}

export function createEdgeReducer(view: RenderView, settings: ViewerSettings) {
  return (edge: string, attrs: Attributes): Partial<EdgeDisplayData> => {
    const data = attrs as EdgeData;
    data.type = view.fast ? FAST_EDGE_PROGRAM : data.program;
    if (!view.visibility.edges.has(edge)) {
      data.hidden = true;
      return data;
    }
    data.zIndex = data.faded ? 0 : 1;
    const detailed = !view.fast || view.upgraded?.edges.has(edge) === true;
    const emphasis = view.path ?? view.focus;
    if (emphasis) {
      if (emphasis.edges.has(edge)) {
        if (detailed) data.type = data.program;
        data.emphasised = true;
        data.zIndex = 2;
        if (view.path) data.size = data.size * 2 + 1;
      } else if (!view.fast) {
        data.color = settings.hoverDimColor;
        data.zIndex = 0;
      }
    }
    if (edge === view.selectedEdge) {
      if (detailed) data.type = data.program;
      data.emphasised = true;
      data.size = data.size * 2 + 1.5;
      data.zIndex = 3;
    }
    return data;
  };
}

/** A node, its visible neighbours and the visible edges between them. */
export function neighbourhood(graph: { forEachEdge(node: string, cb: (edge: string, attrs: unknown, source: string, target: string) => void): void }, node: string, visibility: Visibility): Highlight {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _a, source, target) => {
    if (!visibility.edges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges };
}
