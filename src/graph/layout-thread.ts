/**
 * The layout of a build with more than one job: ForceAtlas2 runs in a worker thread while
 * this thread writes the evidence and computes the metrics, which read the graph but do
 * not move it. The start positions, sizes and settings are those of layout.assign, and
 * ForceAtlas2 is the same code over the same matrices, so the positions are the same to
 * the bit; Noverlap and the rounding then run here, on the graph. A worker that fails
 * leaves the work to this thread.
 */
import { createRequire } from 'node:module';
import type ForceAtlas2Module from 'graphology-layout-forceatlas2';
import { startOneShotWorker } from '../util/module-worker.js';
import {
  assignStyle, finishPositions, forceAtlas2Settings, iterationsFor, layout, loadStyle, nodeSizes, placeAt, runForceAtlas2, startPositions, type LayoutOptions,
} from './layout.js';
import type { GeoGraph } from './types.js';

type Settings = ForceAtlas2Module.ForceAtlas2Settings;
export type Iterate = (settings: Settings, nodes: Float32Array, edges: Float32Array) => void;

/** What the worker is given: settings with every default filled in, and the two matrices. */
export interface ForceAtlas2Job {
  settings: Settings;
  iterations: number;
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
}

/** The part of a graph graphToByteArrays reads. */
interface MatrixSource {
  order: number;
  size: number;
  forEachNode(callback: (node: string, attributes: { x: number; y: number; size: number }) => void): void;
  forEachEdge: GeoGraph['forEachEdge'];
}

interface ForceAtlas2Helpers {
  assign<T>(target: T, ...sources: object[]): T;
  validateSettings(settings: Settings): { message: string } | null;
  graphToByteArrays(graph: MatrixSource, getEdgeWeight: unknown): { nodes: Float32Array<ArrayBuffer>; edges: Float32Array<ArrayBuffer> };
  assignLayoutChanges(graph: GeoGraph, nodes: Float32Array, outputReducer: null): void;
}

const require = createRequire(import.meta.url);
// The package's own helpers and defaults, as its synchronous layout and its web worker use them.
const helpers = require('graphology-layout-forceatlas2/helpers.js') as ForceAtlas2Helpers;
const DEFAULT_SETTINGS = require('graphology-layout-forceatlas2/defaults.js') as Settings;
const { createEdgeWeightGetter } = require('graphology-utils/getters') as { createEdgeWeightGetter(name: string): { fromEntry: unknown } };

/**
 * Below this many nodes ForceAtlas2 takes less time here than starting a thread for it
 * (some 35 ms: 100 nodes took 48 ms here and 75 ms through a worker, 1,000 nodes 780 and 718).
 */
export const LAYOUT_THREAD_MIN_NODES = 500;

export interface PendingLayout {
  /**
   * Styles and positions the graph, as layout.assign does, once ForceAtlas2 is done; says
   * where ForceAtlas2 ran ('here' when the worker failed or was cancelled).
   */
  assign(): Promise<'worker' | 'here'>;
  /** Stops the worker: the layout is not wanted any more (assign() would then run it here). */
  cancel(): Promise<void>;
}

/**
 * Starts the layout of `graph` in a worker thread and returns at once. Until assign() the
 * graph may gain attributes but not nodes or edges.
 */
export function startLayout(graph: GeoGraph, options: LayoutOptions = {}): PendingLayout {
  if (graph.order < 2) {
    return { assign: async () => { layout.assign(graph, options); return 'here'; }, cancel: async () => {} };
  }
  const style = options.style ?? loadStyle();
  const start = startPositions(graph, options.seed);
  const sizes = nodeSizes(graph, style);
  const settings = helpers.assign({}, DEFAULT_SETTINGS, forceAtlas2Settings(graph));
  const invalid = helpers.validateSettings(settings);
  if (invalid) throw new Error(`geokg/layout: ${invalid.message}`);
  const iterations = options.iterations ?? iterationsFor(graph.order);
  const source: MatrixSource = {
    order: graph.order,
    size: graph.size,
    forEachNode: (callback) => graph.forEachNode((node) => callback(node, { ...start.get(node)!, size: sizes.get(node)! })),
    forEachEdge: graph.forEachEdge.bind(graph),
  };
  const { nodes, edges } = helpers.graphToByteArrays(source, createEdgeWeightGetter('weight').fromEntry);
  const job: ForceAtlas2Job = { settings, iterations, nodes, edges };
  const order = graph.order;
  let cancelled = false;
  const worker = startOneShotWorker<Float32Array>(import.meta.url, 'layout-worker', { workerData: job, transferList: [nodes.buffer, edges.buffer] });
  return {
    async assign() {
      const result = await worker.result;
      await worker.terminate();
      assignStyle(graph, style, sizes);
      placeAt(graph, start);
      const inWorker = !cancelled && result !== null && graph.order === order;
      if (inWorker) helpers.assignLayoutChanges(graph, result, null);
      // the worker failed: ForceAtlas2 here, from the same start
      else runForceAtlas2(graph, iterations);
      finishPositions(graph, start);
      return inWorker ? 'worker' : 'here';
    },
    async cancel() {
      cancelled = true;
      await worker.terminate();
    },
  };
}
