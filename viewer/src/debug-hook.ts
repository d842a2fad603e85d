/**
 * A read-only window.__geokg handle for end-to-end tests and measurements: it reports what
 * the view shows and where things are on screen; it changes nothing.
 */
import type { ViewerApp } from './app.js';
import { stateToHash } from './state.js';

export interface DebugHook {
  ready(): boolean;
  visibleNodes(): string[];
  visibleEdges(): string[];
  selectedNode(): string | null;
  selectedEdge(): string | null;
  hoveredNode(): string | null;
  highlightedPath(): { nodes: string[]; edges: string[] } | null;
  stateHash(): string;
  /** Viewport (CSS pixel) position of a node in the sigma container. */
  nodePosition(node: string): { x: number; y: number } | null;
  /** JavaScript milliseconds of the first render and of the last refresh, and whether that refresh was full or partial. */
  timings(): { firstRenderMs: number; lastRefreshMs: number; lastRefreshKind: string; load: { readMs: number; parseMs: number; renderGraphMs: number; setupMs: number } };
  /** "fast" when the overview is drawn with the cheap programs (big graphs), else "detailed". */
  renderMode(): 'fast' | 'detailed';
  /** True while redraw work deferred to an idle moment is still pending. */
  busy(): boolean;
  layoutRunning(): boolean;
  /** True while the camera is moving on its own (a focus or zoom animation). */
  cameraAnimating(): boolean;
  /** Fast mode: how many emphasised nodes and edges are drawn with the detailed programs yet. */
  emphasisInDetail(): { nodes: number; edges: number } | null;
}

declare global {
  interface Window {
    __geokg?: DebugHook;
  }
}

export function installDebugHook(app: ViewerApp): void {
  const hook: DebugHook = {
    ready: () => app.sigma !== null,
    visibleNodes: () => [...app.view.visibility.nodes],
    visibleEdges: () => [...app.view.visibility.edges],
    selectedNode: () => app.state.selectedNode,
    selectedEdge: () => app.state.selectedEdge,
    hoveredNode: () => app.hoveredNode,
    highlightedPath: () => (app.view.path ? { nodes: [...app.view.path.nodes], edges: [...app.view.path.edges] } : null),
    stateHash: () => stateToHash(app.state),
    nodePosition: (node) => {
      const display = app.sigma?.getNodeDisplayData(node);
      if (!app.sigma || !display) return null;
      const p = app.sigma.framedGraphToViewport(display);
      return { x: p.x, y: p.y };
    },
    timings: () => ({ firstRenderMs: app.firstRenderMs, lastRefreshMs: app.lastRefreshMs, lastRefreshKind: app.lastRefreshKind, load: { ...app.loadTimings } }),
    renderMode: () => (app.view.fast ? 'fast' : 'detailed'),
    busy: () => app.reindexPending(),
    layoutRunning: () => app.layout?.isRunning() ?? false,
    cameraAnimating: () => app.sigma?.getCamera().isAnimated() ?? false,
    emphasisInDetail: () => (app.view.upgraded ? { nodes: app.view.upgraded.nodes.size, edges: app.view.upgraded.edges.size } : null),
  };
  Object.defineProperty(window, '__geokg', { value: Object.freeze(hook), writable: false, configurable: false });
}
