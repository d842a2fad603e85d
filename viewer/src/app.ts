/**
 * The viewer controller: owns the loaded data graph, its render graph, sigma, and the app
 * state; wires panels to state changes. Every change goes state -> visibility/view -> refresh.
 */
import Sigma from 'sigma';
import type { GeoGraph } from '../../src/graph/types.js';
import type { PathResult } from '../../src/paths/index.js';
import { buildRenderGraph } from './render/render-graph.js';
import type { RenderGraph } from './render/render-graph.js';
import { computeVisibility } from './render/visibility.js';
import { createEdgeReducer, createNodeReducer, neighbourhood } from './render/reducers.js';
import type { Highlight, RenderView } from './render/reducers.js';
import { DETAILED_NODE_PROGRAM, FAST_EDGE_PROGRAM, FAST_NODE_PROGRAM, programClasses } from './render/programs.js';
import type { FadeState } from './render/programs.js';
import { emphasisTarget, planRefresh } from './render/refresh-plan.js';
import type { RefreshPlan, ViewSnapshot } from './render/refresh-plan.js';
import { sigmaBaseSettings, validateSettings } from './settings.js';
import type { ViewerSettings } from './settings.js';
import type { AppState } from './state.js';
import { stateToHash } from './state.js';
import type { LoadedGraph } from './load.js';
import { buildSearchIndex, createAutocomplete } from './panels/search.js';
import type { SearchIndex } from './panels/search.js';
import { nodePanel } from './panels/node-panel.js';
import { edgePanel, emptyPanel } from './panels/edge-panel.js';
import { displayControls, filterControls } from './panels/filters.js';
import { createPathFinder } from './panels/path-finder.js';
import type { PathFinder } from './panels/path-finder.js';
import { clear, h } from './panels/dom.js';
import { createLayout } from './layout.js';
import type { LayoutControl } from './layout.js';

export interface AppElements {
  container: HTMLElement;
  search: HTMLElement;
  display: HTMLElement;
  filters: HTMLElement;
  path: HTMLElement;
  details: HTMLElement;
  graphName: HTMLElement;
  graphStats: HTMLElement;
  layoutButton: HTMLButtonElement;
  status: HTMLElement;
}

export class ViewerApp {
  readonly settings: ViewerSettings = validateSettings({});
  data!: GeoGraph;
  render!: RenderGraph;
  sigma: Sigma | null = null;
  origin = '';
  index: SearchIndex = [];
  layout: LayoutControl | null = null;
  pathFinder: PathFinder | null = null;
  paths: PathResult[] = [];
  hoveredNode: string | null = null;
  readonly view: RenderView = { visibility: { nodes: new Set(), edges: new Set() }, colorBy: 'entityType', focus: null, path: null, selectedNode: null, selectedEdge: null, fast: false, upgraded: null };
  /** Read by the fast programs at every render: dims the whole overview while something is emphasised. */
  private readonly fade: FadeState = { amount: 0, color: this.settings.hoverDimColor };
  /** What sigma last drew, to refresh only what changed since. */
  private drawn: ViewSnapshot | null = null;
  /** Milliseconds of the last refresh (JavaScript side), and what kind it was, for measurements. */
  lastRefreshMs = 0;
  lastRefreshKind: RefreshPlan['kind'] = 'none';
  /** Where the last load spent its time (ms): reading, parsing, the render graph, then search index, visibility and sigma's first refresh. */
  loadTimings = { readMs: 0, parseMs: 0, renderGraphMs: 0, setupMs: 0 };
  firstRenderMs = 0;

  constructor(readonly el: AppElements, public state: AppState) {}

  setStatus(text: string): void {
    this.el.status.textContent = text;
  }

  load(loaded: LoadedGraph): void {
    const started = performance.now();
    this.cancelReindex();
    this.cancelUpgrade();
    this.view.upgraded = null;
    this.layout?.kill();
    this.sigma?.kill();
    this.data = loaded.graph;
    this.origin = loaded.origin;
    this.render = buildRenderGraph(this.data, this.settings);
    const renderGraphMs = performance.now() - started;
    this.index = buildSearchIndex(this.data);
    // a restored selection may name something this graph lacks
    if (this.state.selectedNode && !this.data.hasNode(this.state.selectedNode)) this.state.selectedNode = null;
    if (this.state.selectedEdge && !this.data.hasEdge(this.state.selectedEdge)) this.state.selectedEdge = null;
    this.view.visibility = computeVisibility(this.data, this.state);
    this.view.fast = this.data.size >= this.settings.fastRenderMinEdges;
    this.hoveredNode = null;
    this.syncView();
    const fast = this.view.fast;
    // sigma is used untyped: its program classes are declared over plain Attributes
    this.sigma = new Sigma(this.render, this.el.container, {
      ...sigmaBaseSettings(this.settings),
      ...programClasses(this.fade),
      defaultNodeType: fast ? FAST_NODE_PROGRAM : DETAILED_NODE_PROGRAM,
      defaultEdgeType: fast ? FAST_EDGE_PROGRAM : 'straight',
      // edge picking draws every edge a second time; on big graphs edges are reached from the node panel
      enableEdgeEvents: this.data.size <= this.settings.edgeEventsMaxEdges,
      hideEdgesOnMove: fast,
      // in fast mode the program order already puts emphasised items on top: skip the per-refresh sort
      zIndex: !fast,
      nodeReducer: createNodeReducer(this.view, this.settings),
      edgeReducer: createEdgeReducer(this.view, this.settings),
    });
    this.drawn = this.snapshot();
    this.scheduleUpgrade();
    this.firstRenderMs = performance.now() - started;
    this.loadTimings = { ...loaded.timings, renderGraphMs, setupMs: this.firstRenderMs - renderGraphMs };
    this.bindSigmaEvents(this.sigma);
    this.layout = createLayout(this.render, (running) => {
      this.el.layoutButton.textContent = running ? 'Layout ❚❚' : 'Layout ▶';
      this.el.layoutButton.classList.toggle('running', running);
    });
    const attrs = this.data.getAttributes();
    this.el.graphName.textContent = attrs.name || loaded.origin;
    this.el.graphStats.textContent = `${this.data.order.toLocaleString()} entities · ${this.data.size.toLocaleString()} relations`;
    this.buildLeftPanel();
    this.renderDetails();
    if (this.state.path.from && this.state.path.to) this.pathFinder?.run();
    if (this.state.selectedNode) this.focusCamera(this.state.selectedNode, 0);
    this.setStatus(loaded.skipped ? `${loaded.skipped} unreadable item(s) skipped` : '');
  }

  private bindSigmaEvents(sigma: Sigma): void {
    // In fast mode hovering only shows sigma's own hover label: dimming the rest would redraw every edge.
    sigma.on('enterNode', ({ node }) => { this.hoveredNode = node; if (!this.view.fast) this.refreshView(); });
    sigma.on('leaveNode', () => { this.hoveredNode = null; if (!this.view.fast) this.refreshView(); });
    sigma.on('clickNode', ({ node }) => this.selectNode(node, false));
    sigma.on('clickEdge', ({ edge }) => this.selectEdge(edge));
    sigma.on('clickStage', () => this.clearSelection());
    sigma.on('enterEdge', () => { this.el.container.style.cursor = 'pointer'; });
    sigma.on('leaveEdge', () => { this.el.container.style.cursor = ''; });
  }

  private buildLeftPanel(): void {
    const search = createAutocomplete({ index: () => this.index, graph: () => this.data, placeholder: 'Search entities and aliases…', testId: 'search', onChoose: (node) => this.selectNode(node, true) });
    clear(this.el.search);
    this.el.search.append(search.element);
    this.rebuildControls();
    this.pathFinder = createPathFinder({
      graph: () => this.data,
      index: () => this.index,
      state: this.state,
      onPaths: (paths, active) => this.showPaths(paths, active),
      onQueryChange: () => this.writeUrl(),
      selectNode: (node) => this.selectNode(node, true),
    });
    clear(this.el.path);
    this.el.path.append(h('h2', { class: 'section-title' }, 'Path finder'), this.pathFinder.element);
  }

  /** Display and filter sections are rebuilt on colour-mode change and on URL restore. */
  rebuildControls(): void {
    clear(this.el.display);
    this.el.display.append(h('h2', { class: 'section-title' }, 'Appearance'), displayControls(this.data, this.state, () => { this.rebuildControls(); this.applyState(); }));
    clear(this.el.filters);
    this.el.filters.append(h('h2', { class: 'section-title' }, 'Filters & legend'), filterControls(this.data, this.state, (rebuild) => { if (rebuild) this.rebuildControls(); this.applyState(); }));
  }

  /** Recompute what the state implies and redraw once. */
  applyState(): void {
    this.view.visibility = computeVisibility(this.data, this.state);
    this.refreshView();
    this.renderDetails();
    this.writeUrl();
  }

  private syncView(): void {
    this.view.colorBy = this.state.colorBy;
    this.view.selectedNode = this.state.selectedNode;
    this.view.selectedEdge = this.state.selectedEdge;
    const node = (this.view.fast ? null : this.hoveredNode) ?? this.state.selectedNode;
    if (node && this.data.hasNode(node)) this.view.focus = neighbourhood(this.data, node, this.view.visibility);
    else if (this.state.selectedEdge && this.data.hasEdge(this.state.selectedEdge)) {
      const edge = this.state.selectedEdge;
      this.view.focus = { nodes: new Set(this.data.extremities(edge)), edges: new Set([edge]) };
    } else this.view.focus = null;
    this.fade.amount = this.view.fast && (this.view.path ?? this.view.focus) ? 1 : 0;
    this.syncUpgraded();
  }

  /**
   * Fast mode: which emphasised items are drawn with the detailed programs. New emphasis is
   * first lit in the fast programs (cheap, in place) and moved over later (scheduleUpgrade);
   * when some items must leave the detailed programs, sigma re-indexes anyway, so everything
   * moves at once.
   */
  private syncUpgraded(): void {
    const target = this.view.fast ? emphasisTarget(this.view) : null;
    const current = this.view.upgraded;
    if (!target) this.view.upgraded = null;
    else if (current && !(isSubset(current.nodes, target.nodes) && isSubset(current.edges, target.edges))) this.view.upgraded = target;
  }

  private snapshot(): ViewSnapshot {
    const { visibility, colorBy, focus, path, selectedNode, selectedEdge, upgraded } = this.view;
    return { visibility, colorBy, focus, path, selectedNode, selectedEdge, upgraded };
  }

  /** Redraws what the view change touched: a partial refresh when it can, a full one when everything restyles. */
  refreshView(): void {
    this.syncView();
    if (!this.sigma) return;
    const started = performance.now();
    const next = this.snapshot();
    const plan = planRefresh(this.drawn, next, this.view.fast);
    if (plan.kind === 'full') this.sigma.refresh();
    else if (plan.kind === 'partial') this.sigma.refresh({ partialGraph: { nodes: plan.nodes, edges: plan.edges }, skipIndexation: plan.skipIndexation });
    if (plan.kind === 'full' || (plan.kind === 'partial' && !plan.skipIndexation)) this.cancelReindex();
    else if (plan.kind === 'partial' && plan.labelsStale) this.scheduleReindex();
    this.drawn = next;
    this.lastRefreshKind = plan.kind;
    this.lastRefreshMs = performance.now() - started;
    this.scheduleUpgrade();
  }

  private upgradeHandle: number | null = null;

  /** Moves the lit emphasis into the detailed programs once the camera has landed and the page is idle. */
  private scheduleUpgrade(): void {
    const target = this.view.fast ? emphasisTarget(this.view) : null;
    const upgraded = this.view.upgraded;
    if (!target || (upgraded && sameSize(upgraded, target))) { this.cancelUpgrade(); return; }
    if (this.upgradeHandle !== null) return;
    const run = () => {
      this.upgradeHandle = null;
      if (!this.sigma) return;
      // re-indexing blocks for a moment at 50k edges: not in the middle of a camera flight
      if (this.sigma.getCamera().isAnimated()) { this.upgradeHandle = whenIdle(run); return; }
      const next = this.view.fast ? emphasisTarget(this.view) : null;
      if (!next) return;
      this.view.upgraded = next;
      this.refreshView();
    };
    this.upgradeHandle = whenIdle(run);
  }

  private cancelUpgrade(): void {
    if (this.upgradeHandle === null) return;
    cancelWhenIdle(this.upgradeHandle);
    this.upgradeHandle = null;
  }

  private reindexHandle: number | null = null;

  /** Rebuilds sigma's label grid (and program order) once the page is idle, after cheap in-place patches. */
  private scheduleReindex(): void {
    this.cancelReindex();
    const run = () => {
      this.reindexHandle = null;
      this.sigma?.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: false });
    };
    this.reindexHandle = whenIdle(run);
  }

  private cancelReindex(): void {
    if (this.reindexHandle === null) return;
    cancelWhenIdle(this.reindexHandle);
    this.reindexHandle = null;
  }

  /** True while a deferred re-index or upgrade is pending, for measurements that must wait for a settled page. */
  reindexPending(): boolean {
    return this.reindexHandle !== null || this.upgradeHandle !== null;
  }

  selectNode(node: string, moveCamera: boolean): void {
    if (!this.data.hasNode(node)) return;
    this.state.selectedNode = node;
    this.state.selectedEdge = null;
    this.refreshView();
    this.renderDetails();
    this.writeUrl();
    if (moveCamera) this.focusCamera(node, 400);
  }

  selectEdge(edge: string): void {
    if (!this.data.hasEdge(edge)) return;
    this.state.selectedEdge = edge;
    this.state.selectedNode = null;
    this.refreshView();
    this.renderDetails();
    this.writeUrl();
  }

  clearSelection(): void {
    if (!this.state.selectedNode && !this.state.selectedEdge) return;
    this.state.selectedNode = null;
    this.state.selectedEdge = null;
    this.refreshView();
    this.renderDetails();
    this.writeUrl();
  }

  focusCamera(node: string, duration: number): void {
    const display = this.sigma?.getNodeDisplayData(node);
    if (!this.sigma || !display) return;
    const camera = this.sigma.getCamera();
    const target = { x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.5) };
    if (duration > 0) void camera.animate(target, { duration });
    else camera.setState(target);
  }

  private showPaths(paths: PathResult[], active: number): void {
    this.paths = paths;
    const chosen = active >= 0 ? [paths[active]] : paths;
    if (chosen.length === 0) this.view.path = null;
    else {
      const highlight: Highlight = { nodes: new Set(), edges: new Set() };
      for (const path of chosen) {
        path.nodes.forEach((n) => highlight.nodes.add(n));
        path.hops.forEach((hop) => highlight.edges.add(hop.edge));
      }
      this.view.path = highlight;
    }
    this.refreshView();
  }

  renderDetails(): void {
    clear(this.el.details);
    const actions = { selectNode: (n: string) => this.selectNode(n, true), selectEdge: (e: string) => this.selectEdge(e), isEdgeVisible: (e: string) => this.view.visibility.edges.has(e) };
    if (this.state.selectedNode) this.el.details.append(nodePanel(this.data, this.state.selectedNode, actions));
    else if (this.state.selectedEdge) this.el.details.append(edgePanel(this.data, this.state.selectedEdge, actions));
    else this.el.details.append(emptyPanel(this.data));
  }

  writeUrl(): void {
    const hash = stateToHash(this.state);
    if (hash !== location.hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }

  /** A URL pasted or navigated to: adopt its state wholesale. */
  restore(state: AppState): void {
    this.state = state;
    if (!this.data) return;
    this.hoveredNode = null;
    if (this.state.selectedNode && !this.data.hasNode(this.state.selectedNode)) this.state.selectedNode = null;
    if (this.state.selectedEdge && !this.data.hasEdge(this.state.selectedEdge)) this.state.selectedEdge = null;
    this.buildLeftPanel();
    this.applyState();
    if (this.state.path.from && this.state.path.to) this.pathFinder?.run();
    else this.showPaths([], -1);
    if (this.state.selectedNode) this.focusCamera(this.state.selectedNode, 300);
  }

  toggleLayout(): void {
    this.layout?.toggle();
  }
}

function isSubset(a: Set<string>, b: Set<string>): boolean {
  if (a.size > b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Same items, given that `upgraded` is always a subset of the target. */
function sameSize(upgraded: Highlight, target: Highlight): boolean {
  return upgraded.nodes.size === target.nodes.size && upgraded.edges.size === target.edges.size;
}

function whenIdle(run: () => void): number {
  return typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 300);
}

function cancelWhenIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
}
