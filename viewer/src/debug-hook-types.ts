/**
 * The shape of the viewer's read-only window.__geokg handle (debug-hook.ts installs it),
 * apart from the viewer's own types, so that code driving the page from outside (the
 * end-to-end tests, the viewer benchmark) can type what it calls inside the page.
 */
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
