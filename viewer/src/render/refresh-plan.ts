/**
 * Which items a view change actually touches, so that sigma re-runs the reducers for those
 * alone (`refresh({ partialGraph })`) instead of for every node and edge. A full refresh is
 * kept for changes that restyle everything: the colour mode, and (in detailed mode) emphasis
 * appearing or disappearing, as all other items dim or un-dim.
 */
import type { Highlight, RenderView } from './reducers.js';

/** What the reducers read, frozen at one refresh (the fields of RenderView that decide a drawing). */
export type ViewSnapshot = Pick<RenderView, 'visibility' | 'colorBy' | 'focus' | 'path' | 'selectedNode' | 'selectedEdge'> & {
  /** Fast mode: the emphasised items drawn with the detailed programs (render/reducers.ts). */
  upgraded?: Highlight | null;
};

export type RefreshPlan =
  | { kind: 'none' }
  | { kind: 'full' }
  /**
   * `skipIndexation`: the items keep their program, position, size and z-order, so sigma can
   * patch its buffers in place. `labelsStale`: nodes appeared or disappeared without
   * re-indexing, so sigma's label grid should be rebuilt once the page is idle.
   */
  | { kind: 'partial'; nodes: string[]; edges: string[]; skipIndexation: boolean; labelsStale: boolean };

/** Adds to `out` the members of a and b that are not in both. */
function symmetricDifference(a: Set<string>, b: Set<string>, out: Set<string>): void {
  if (a === b) return;
  for (const x of a) if (!b.has(x)) out.add(x);
  for (const x of b) if (!a.has(x)) out.add(x);
}

function sameSet(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function sameHighlight(a: Highlight | null, b: Highlight | null): boolean {
  return sameSet(a?.nodes, b?.nodes) && sameSet(a?.edges, b?.edges);
}

/** Everything emphasised or selected: what fast mode eventually draws in detail. */
export function emphasisTarget(view: Pick<ViewSnapshot, 'focus' | 'path' | 'selectedNode' | 'selectedEdge'>): Highlight | null {
  const emphasis = view.path ?? view.focus;
  if (!emphasis && !view.selectedNode && !view.selectedEdge) return null;
  const nodes = new Set(emphasis?.nodes);
  const edges = new Set(emphasis?.edges);
  if (view.selectedNode) nodes.add(view.selectedNode);
  if (view.selectedEdge) edges.add(view.selectedEdge);
  return { nodes, edges };
}

/** Fast mode: whether an item is drawn with a detailed program, the only way its program differs. */
function drawnDetailed(view: ViewSnapshot, kind: 'nodes' | 'edges', item: string): boolean {
  return view.upgraded?.[kind].has(item) === true && view.visibility[kind].has(item);
}

/**
 * `fast`: the fast programs dim the non-emphasised items themselves and light the emphasised
 * ones by a per-item flag, so emphasis appearing, moving or going only touches the emphasised
 * items, patched in place unless one of them changes program. A partial refresh is never
 * dearer than a full one, even when most items changed: it skips the reducers of the others,
 * and sigma's re-indexation (the part both share) only when it may.
 */
export function planRefresh(previous: ViewSnapshot | null, next: ViewSnapshot, fast = false): RefreshPlan {
  if (!previous || previous.colorBy !== next.colorBy) return { kind: 'full' };
  const previousEmphasis = previous.path ?? previous.focus;
  const nextEmphasis = next.path ?? next.focus;
  if (!fast && (previousEmphasis === null) !== (nextEmphasis === null)) return { kind: 'full' };

  const nodes = new Set<string>();
  const edges = new Set<string>();
  symmetricDifference(previous.visibility.nodes, next.visibility.nodes, nodes);
  symmetricDifference(previous.visibility.edges, next.visibility.edges, edges);
  const nodeVisibilityChanged = nodes.size > 0;

  const emphasisChanged = !sameHighlight(previous.focus, next.focus) || !sameHighlight(previous.path, next.path);
  const emphasised = [previous.focus, next.focus, previous.path, next.path];
  if (emphasisChanged) {
    for (const h of emphasised) {
      h?.nodes.forEach((n) => nodes.add(n));
      h?.edges.forEach((e) => edges.add(e));
    }
  }
  const selectionChanged = previous.selectedNode !== next.selectedNode || previous.selectedEdge !== next.selectedEdge;
  if (selectionChanged) {
    for (const n of [previous.selectedNode, next.selectedNode]) if (n) nodes.add(n);
    for (const e of [previous.selectedEdge, next.selectedEdge]) if (e) edges.add(e);
  }
  if (previous.upgraded !== next.upgraded) {
    const none = new Set<string>();
    symmetricDifference(previous.upgraded?.nodes ?? none, next.upgraded?.nodes ?? none, nodes);
    symmetricDifference(previous.upgraded?.edges ?? none, next.upgraded?.edges ?? none, edges);
  }
  if (nodes.size === 0 && edges.size === 0) return { kind: 'none' };

  if (fast) {
    // sigma ignores z-order in fast mode, and line and point sizes do not depend on emphasis
    let programChanged = false;
    for (const n of nodes) if (drawnDetailed(previous, 'nodes', n) !== drawnDetailed(next, 'nodes', n)) { programChanged = true; break; }
    if (!programChanged) for (const e of edges) if (drawnDetailed(previous, 'edges', e) !== drawnDetailed(next, 'edges', e)) { programChanged = true; break; }
    const skip = !programChanged;
    return { kind: 'partial', nodes: [...nodes], edges: [...edges], skipIndexation: skip, labelsStale: skip && nodeVisibilityChanged };
  }

  // An emphasised item switches program when it shows or hides; selections change size and z-order.
  let touchesEmphasis = false;
  for (const h of emphasised) {
    if (!h || touchesEmphasis) continue;
    for (const e of edges) if (h.edges.has(e)) { touchesEmphasis = true; break; }
    for (const n of nodes) if (h.nodes.has(n)) { touchesEmphasis = true; break; }
  }
  const skipIndexation = !emphasisChanged && !selectionChanged && !touchesEmphasis;
  return { kind: 'partial', nodes: [...nodes], edges: [...edges], skipIndexation, labelsStale: skipIndexation && nodeVisibilityChanged };
}
