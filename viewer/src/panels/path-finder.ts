/**
 * Path finder: two entities, k, allowed relation types; shows the k shortest paths hop by hop
 * with evidence and hands them to the app to highlight. The search itself is src/paths.
 */
import { findPaths, resolveEntity } from '../../../src/paths/index.js';
import type { PathResult } from '../../../src/paths/index.js';
import type { GeoGraph } from '../../../src/graph/types.js';
import { RELATION_STYLES, RELATION_TYPES } from '../settings.js';
import type { AppState } from '../state.js';
import { button, clear, h, swatch } from './dom.js';
import { evidenceItem } from './evidence.js';
import { createAutocomplete } from './search.js';
import type { SearchIndex } from './search.js';

export interface PathFinderContext {
  graph: () => GeoGraph;
  index: () => SearchIndex;
  state: AppState;
  /** Called with the paths found (empty when cleared) and the one to emphasise (-1 = all). */
  onPaths(paths: PathResult[], active: number): void;
  onQueryChange(): void;
  selectNode(node: string): void;
}

export interface PathFinder {
  element: HTMLElement;
  /** Runs the query held in the state (after a URL restore). */
  run(): void;
  sync(): void;
}

export function createPathFinder(ctx: PathFinderContext): PathFinder {
  const { state } = ctx;
  const label = (node: string | null) => (node && ctx.graph().hasNode(node) ? ctx.graph().getNodeAttribute(node, 'label') : node ?? '');
  const from = createAutocomplete({ index: ctx.index, graph: ctx.graph, placeholder: 'From entity…', testId: 'path-from', onChoose: (node) => { state.path.from = node; } });
  const to = createAutocomplete({ index: ctx.index, graph: ctx.graph, placeholder: 'To entity…', testId: 'path-to', onChoose: (node) => { state.path.to = node; } });
  const k = h('input', { type: 'number', min: '1', max: '20', step: '1', name: 'k', 'data-testid': 'path-k', 'aria-label': 'Number of paths' });
  const directed = h('input', { type: 'checkbox', name: 'path-directed' });
  const allModalities = h('input', { type: 'checkbox', name: 'path-all-modalities' });
  const types = h('div', { class: 'type-grid', 'data-testid': 'path-types' });
  const typeBoxes = new Map<string, HTMLInputElement>();
  for (const type of RELATION_TYPES) {
    const box = h('input', { type: 'checkbox', value: type, 'data-testid': `path-type-${type}` });
    typeBoxes.set(type, box);
    types.appendChild(h('label', { class: 'type-option', title: RELATION_STYLES[type].label }, box, swatch(RELATION_STYLES[type].color, 'line'), RELATION_STYLES[type].label));
  }
  const results = h('div', { class: 'path-results', 'data-testid': 'path-results' });
  const message = h('p', { class: 'muted path-message' });

  const sync = () => {
    from.setValue(label(state.path.from));
    to.setValue(label(state.path.to));
    k.value = String(state.path.k);
    directed.checked = state.path.directed;
    allModalities.checked = state.path.allModalities;
    for (const [type, box] of typeBoxes) box.checked = state.path.types.size === 0 || state.path.types.has(type as never);
  };

  const readForm = (): boolean => {
    const graph = ctx.graph();
    for (const [which, box] of [['from', from], ['to', to]] as const) {
      const text = box.input.value.trim();
      const current = state.path[which];
      if (!text) { state.path[which] = null; continue; }
      if (current && label(current) === text) continue;
      try {
        state.path[which] = resolveEntity(graph, text);
      } catch (err) {
        message.textContent = (err as Error).message;
        return false;
      }
    }
    const kValue = Number(k.value);
    state.path.k = Number.isInteger(kValue) && kValue >= 1 && kValue <= 20 ? kValue : 3;
    state.path.directed = directed.checked;
    state.path.allModalities = allModalities.checked;
    const chosen = RELATION_TYPES.filter((t) => typeBoxes.get(t)!.checked);
    state.path.types = new Set(chosen.length === RELATION_TYPES.length ? [] : chosen);
    return true;
  };

  const show = (paths: PathResult[]) => {
    clear(results);
    const graph = ctx.graph();
    paths.forEach((path, i) => {
      const names = path.nodes.map((n) => graph.getNodeAttribute(n, 'label'));
      const head = h('button', { type: 'button', class: 'path-head', title: 'Highlight this path only' }, h('span', { class: 'path-rank' }, `${i + 1}`), `${names.join(' → ')}`, h('span', { class: 'count' }, `${path.hops.length} hop${path.hops.length === 1 ? '' : 's'}`));
      const hops = h('ol', { class: 'hops' });
      for (const hop of path.hops) {
        const style = RELATION_STYLES[hop.relation];
        const arrow = !hop.directed ? `—${style.label}—` : hop.forward ? `—${style.label}→` : `←${style.label}—`;
        const fromLink = h('button', { type: 'button', class: 'link' }, graph.getNodeAttribute(hop.from, 'label'));
        const toLink = h('button', { type: 'button', class: 'link' }, graph.getNodeAttribute(hop.to, 'label'));
        fromLink.addEventListener('click', () => ctx.selectNode(hop.from));
        toLink.addEventListener('click', () => ctx.selectNode(hop.to));
        hops.appendChild(h('li', { class: 'hop', 'data-edge': hop.edge },
          h('div', { class: 'hop-line' }, fromLink, ' ', h('span', { class: 'hop-relation' }, swatch(style.color, 'line'), arrow, hop.modality !== 'asserted' ? ` (${hop.modality})` : ''), ' ', toLink),
          hop.evidence ? evidenceItem(hop.evidence) : null,
        ));
      }
      const item = h('div', { class: 'path', 'data-testid': 'path' }, head, hops);
      head.addEventListener('click', () => {
        results.querySelectorAll('.path.active').forEach((el) => el.classList.remove('active'));
        item.classList.add('active');
        ctx.onPaths(paths, i);
      });
      results.appendChild(item);
    });
  };

  const run = () => {
    message.textContent = '';
    clear(results);
    const { from: a, to: b } = state.path;
    if (!a || !b) { ctx.onPaths([], -1); return; }
    const graph = ctx.graph();
    if (!graph.hasNode(a) || !graph.hasNode(b)) { message.textContent = 'Unknown entity in the path query.'; ctx.onPaths([], -1); return; }
    let paths: PathResult[];
    try {
      paths = findPaths(graph, a, b, {
        k: state.path.k,
        types: state.path.types.size ? [...state.path.types] : undefined,
        directed: state.path.directed,
        modality: state.path.allModalities ? 'all' : 'asserted',
      });
    } catch (err) {
      message.textContent = (err as Error).message;
      ctx.onPaths([], -1);
      return;
    }
    message.textContent = paths.length ? `${paths.length} path${paths.length === 1 ? '' : 's'} from ${label(a)} to ${label(b)}` : `No path from ${label(a)} to ${label(b)} with these options.`;
    show(paths);
    ctx.onPaths(paths, -1);
  };

  const find = button('Find paths', () => { if (readForm()) { ctx.onQueryChange(); run(); } }, { class: 'primary', 'data-testid': 'path-find' });
  const reset = button('Clear', () => {
    state.path.from = null;
    state.path.to = null;
    sync();
    clear(results);
    message.textContent = '';
    ctx.onQueryChange();
    ctx.onPaths([], -1);
  }, { class: 'secondary' });
  const swap = button('⇅', () => { [state.path.from, state.path.to] = [state.path.to, state.path.from]; sync(); }, { class: 'icon', title: 'Swap ends' });

  const element = h('div', { class: 'section-body path-finder' },
    h('div', { class: 'path-ends' }, from.element, swap, to.element),
    h('div', { class: 'path-options' },
      h('label', { class: 'inline' }, 'k ', k),
      h('label', { class: 'inline' }, directed, ' follow direction'),
      h('label', { class: 'inline' }, allModalities, ' incl. hypothetical/negated'),
    ),
    h('details', { class: 'path-type-picker' }, h('summary', {}, 'Allowed relation types'), types),
    h('div', { class: 'buttons' }, find, reset),
    message,
    results,
  );
  sync();
  return { element, run, sync };
}
