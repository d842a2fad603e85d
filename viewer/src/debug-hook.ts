/**
 * A read-only window.__geokg handle for end-to-end tests and measurements: it reports what
 * the view shows and where things are on screen; it changes nothing.
 */
import type { ViewerApp } from './app.js';
import type { DebugHook } from './debug-hook-types.js';
import { stateToHash } from './state.js';

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
