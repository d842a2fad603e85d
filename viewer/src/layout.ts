/** ForceAtlas2 in a web worker over the render graph, behind a start/stop button. */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { RenderGraph } from './render/render-graph.js';

export interface LayoutControl {
  toggle(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
}

export function createLayout(graph: RenderGraph, onStateChange: (running: boolean) => void): LayoutControl {
  const layout = new FA2Layout(graph, {
    settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 2000, adjustSizes: false },
    getEdgeWeight: 'weight',
  });
  return {
    toggle() {
      if (layout.isRunning()) layout.stop();
      else layout.start();
      onStateChange(layout.isRunning());
    },
    stop() {
      if (layout.isRunning()) layout.stop();
      onStateChange(false);
    },
    kill() {
      layout.kill();
    },
    isRunning: () => layout.isRunning(),
  };
}
