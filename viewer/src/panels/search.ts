/**
 * Search over labels and aliases ("Seoul" finds South Korea), with an autocomplete list
 * usable from the keyboard. Used by the main search box and by the path finder's endpoints.
 */
import type { GeoGraph } from '../../../src/graph/types.js';
import { ENTITY_COLORS } from '../settings.js';
import { clear, h, swatch } from './dom.js';

export interface SearchHit {
  node: string;
  label: string;
  /** The alias that matched, when it was not the label. */
  alias: string | null;
  score: number;
}

interface IndexEntry {
  node: string;
  label: string;
  names: { text: string; norm: string; isLabel: boolean }[];
  degree: number;
}

export type SearchIndex = IndexEntry[];

export function normalizeName(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function buildSearchIndex(graph: GeoGraph): SearchIndex {
  const index: SearchIndex = [];
  graph.forEachNode((node, a) => {
    const names = [{ text: a.label, norm: normalizeName(a.label), isLabel: true }, { text: node, norm: normalizeName(node), isLabel: false }];
    for (const alias of a.aliases) if (alias !== a.label) names.push({ text: alias, norm: normalizeName(alias), isLabel: false });
    index.push({ node, label: a.label, names: names.filter((n) => n.norm !== ''), degree: a.degree });
  });
  return index;
}

/** Lower score is better: exact, then prefix, then word prefix, then substring; labels before aliases. */
function scoreName(norm: string, query: string, isLabel: boolean): number {
  const bonus = isLabel ? 0 : 0.5;
  if (norm === query) return 0 + bonus;
  if (norm.startsWith(query)) return 1 + bonus;
  if (norm.includes(` ${query}`)) return 2 + bonus;
  if (norm.includes(query)) return 3 + bonus;
  return Infinity;
}

export function searchNodes(index: SearchIndex, text: string, limit = 10): SearchHit[] {
  const query = normalizeName(text);
  if (!query) return [];
  const hits: (SearchHit & { degree: number })[] = [];
  for (const entry of index) {
    let best: SearchHit | null = null;
    for (const name of entry.names) {
      const score = scoreName(name.norm, query, name.isLabel);
      if (score < (best?.score ?? Infinity)) best = { node: entry.node, label: entry.label, alias: name.isLabel ? null : name.text, score };
    }
    if (best) hits.push({ ...best, degree: entry.degree });
  }
  hits.sort((a, b) => a.score - b.score || b.degree - a.degree || a.label.localeCompare(b.label));
  return hits.slice(0, limit).map(({ degree: _d, ...hit }) => hit);
}

export interface Autocomplete {
  input: HTMLInputElement;
  element: HTMLElement;
  setValue(text: string): void;
}

export function createAutocomplete(options: {
  index: () => SearchIndex;
  graph: () => GeoGraph;
  placeholder: string;
  testId: string;
  onChoose: (node: string) => void;
}): Autocomplete {
  const input = h('input', { type: 'search', placeholder: options.placeholder, autocomplete: 'off', spellcheck: 'false', 'data-testid': options.testId, 'aria-label': options.placeholder });
  const list = h('ul', { class: 'autocomplete', role: 'listbox' });
  const element = h('div', { class: 'search-box' }, input, list);
  let hits: SearchHit[] = [];
  let active = 0;

  const close = () => { clear(list); list.classList.remove('open'); hits = []; };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.label;
    close();
    options.onChoose(hit.node);
  };
  const render = () => {
    clear(list);
    const graph = options.graph();
    hits.forEach((hit, i) => {
      const entityType = graph.getNodeAttribute(hit.node, 'entityType');
      const item = h('li', { role: 'option', 'aria-selected': i === active ? 'true' : 'false', class: i === active ? 'active' : undefined, 'data-node': hit.node },
        swatch(ENTITY_COLORS[entityType]),
        h('span', { class: 'hit-label' }, hit.label),
        hit.alias ? h('span', { class: 'hit-alias' }, `alias: ${hit.alias}`) : null,
      );
      // mousedown, not click: it fires before the input's blur closes the list
      item.addEventListener('mousedown', (event) => { event.preventDefault(); choose(hit); });
      list.appendChild(item);
    });
    list.classList.toggle('open', hits.length > 0);
  };

  input.addEventListener('input', () => {
    hits = searchNodes(options.index(), input.value);
    active = 0;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) { active = (active + 1) % hits.length; render(); event.preventDefault(); }
    else if (event.key === 'ArrowUp' && hits.length) { active = (active - 1 + hits.length) % hits.length; render(); event.preventDefault(); }
    else if (event.key === 'Enter') {
      if (!hits.length) hits = searchNodes(options.index(), input.value);
      choose(hits[active] ?? hits[0]);
      event.preventDefault();
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { input, element, setValue: (text) => { input.value = text; } };
}
